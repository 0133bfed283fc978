using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Authorization;

/// <summary>
/// Every staff endpoint and what each caller gets. Columns: anonymous, Administrator, CaseOfficer, panel member on
/// the panel, panel member not on it, chair on the panel, chair not on it, appeal reviewer (who sees only the cases
/// whose appeal awaits a decision, or that they decided: 404 for the others). 401 = not signed in; 403 = signed in
/// but the role does not allow it; 404 = a case the caller may not see (indistinguishable from no case). A request
/// only caseworkers may send is 403 for every panel member and chair, on the panel or not: that is settled before
/// the case is looked up (issue 12, finding 10), so the answer says nothing about the case.
/// 400 and 409 in a column mean the caller was let through and the case's rules or status answered (for example
/// verifying a complaint once the threshold is decided): they are authorised, the request is just not possible now.
/// </summary>
internal static class AuthorizationMatrix
{
    public sealed record Cell(string Endpoint, string Expected, Func<MatrixWorld, Caller, Task<HttpRequestMessage>> Request);

    public static readonly IReadOnlyList<Cell> Endpoints =
    [
        // Cases: caseworkers see all; panel members and chairs only their panels' cases.
        new("GET /api/cases/", "401 200 200 200 200 200 200 200", (w, c) => Get("/api/cases")),
        new("GET /api/cases/{reference}", "401 200 200 200 404 200 404 404", (w, c) => Get($"/api/cases/{w.SharedCase}")),
        new("GET /api/deadlines", "401 200 200 200 200 200 200 200", (w, c) => Get("/api/deadlines")),
        new("GET /api/dashboard", "401 200 200 403 403 403 403 403", (w, c) => Get("/api/dashboard")),
        new("GET /api/cases/{reference}/threshold-suggestion", "401 200 200 403 403 403 403 403", async (w, c) => await Get($"/api/cases/{await w.PanelCase(c)}/threshold-suggestion")),
        new("POST /api/cases/{reference}/complaints/{complaintId:int}/verify", "401 400 400 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/complaints/1/verify", new { })),
        new("POST /api/cases/{reference}/deadlines/{stage}/extend", "401 200 200 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/deadlines/ReviewMeeting/extend", new { dueDate = "2027-06-01", reason = "The applicant asked for a later meeting." })),

        // Workflow actions on a case whose review is pending and arranged: a chair on the panel may record the review.
        new("POST /api/cases/{reference}/start-assessment", "401 409 409 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/start-assessment", new { })),
        new("POST /api/cases/{reference}/threshold-decision", "401 409 409 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/threshold-decision", new { met = true })),
        new("POST /api/cases/{reference}/schedule-review", "401 200 200 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/schedule-review", new { meetingAt = "2026-11-25T10:00:00Z" })),
        new("POST /api/cases/{reference}/record-review", "401 200 200 403 404 200 404 404", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/record-review", new { findings = "Agencies had not shared reports.", applicantSummary = "The police will patrol the footpaths on Friday evenings." })),
        new("POST /api/cases/{reference}/send-outcome", "401 200 200 403 403 403 403 403", async (w, c) => Post($"/api/cases/{(await w.HeldCase(c)).Reference}/send-outcome", new { })),
        new("POST /api/cases/{reference}/close", "401 409 409 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/close", new { reason = "Done." })),
        new("POST /api/cases/{reference}/withdraw", "401 200 200 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/withdraw", new { reason = "The applicant asked to stop." })),
        new("POST /api/cases/{reference}/appeal", "401 409 409 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/appeal", new { grounds = "The review ignored the housing reports." })),
        // Only an appeal reviewer decides an appeal (issue 17, part 5): the lead body's caseworkers and the panel are refused before the case is looked up.
        new("POST /api/cases/{reference}/appeal-decision", "401 403 403 403 403 403 403 200", async (w, c) => Post($"/api/cases/{await w.AppealCase(c)}/appeal-decision", new { upheld = true, reason = "The housing reports were missed." })),

        // The review: panel members answer for their own agency and move on their agency's recommendations.
        new("POST /api/cases/{reference}/panel-responses", "401 200 200 200 404 200 404 404", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/panel-responses", new { agency = MatrixWorld.PanelAgency, knew = "Reports since August.", did = "Patrols." })),
        new("POST /api/cases/{reference}/recommendations/{recommendationId:int}/status", "401 200 200 200 404 200 404 404", async (w, c) =>
        {
            var (reference, id) = await w.HeldCase(c);
            return Post($"/api/cases/{reference}/recommendations/{id}/status", new { status = "InProgress", note = "Started." });
        }),
        new("POST /api/cases/{reference}/applicant-consultation", "401 200 200 403 403 403 403 403", async (w, c) => Post($"/api/cases/{(await w.HeldCase(c)).Reference}/applicant-consultation", new { consultedOn = "2026-11-02", how = "Phone" })),

        // The panel's papers (issue 15, part 5): information requests and the pack for officers and the panel's agencies (an
        // appeal reviewer sees neither on a case outside an appeal); the meeting's record by officers and the chair, on the day.
        new("GET /api/cases/{reference}/information-requests", "401 200 200 200 404 200 404 404", (w, c) => Get($"/api/cases/{w.SharedCase}/information-requests")),
        new("GET /api/information-requests", "401 200 200 200 200 200 200 200", (w, c) => Get("/api/information-requests")),
        new("GET /api/cases/{reference}/panel-pack", "401 200 200 200 404 200 404 404", (w, c) => Get($"/api/cases/{w.SharedCase}/panel-pack")),
        new("PUT /api/cases/{reference}/meeting-record", "401 200 200 403 404 200 404 404", async (w, c) => Put($"/api/cases/{await w.PanelCase(c)}/meeting-record", new
        {
            attendance = new[] { new { agency = MatrixWorld.PanelAgency, attendance = "Present", attendees = "PC Jones" } },
            minutes = "Patrols agreed.",
        })),

        // Links: suggestions within what the caller may see; linking is for caseworkers.
        new("GET /api/cases/{reference}/link-suggestions", "401 200 200 200 404 200 404 403", (w, c) => Get($"/api/cases/{w.SharedCase}/link-suggestions")),
        new("POST /api/cases/{reference}/links", "401 200 200 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/links", new { otherReference = await w.ReceivedCase(), reason = "Same neighbour." })),
        new("DELETE /api/cases/{reference}/links/{otherReference}", "401 200 200 403 403 403 403 403", async (w, c) =>
        {
            var reference = await w.PanelCase(c);
            var other = await w.ReceivedCase();
            await w.Link(reference, other);
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/cases/{reference}/links/{other}");
        }),

        // Notes and contacts: officers add; panel members and chairs who may see the case read the shared entries.
        new("GET /api/cases/{reference}/notes", "401 200 200 200 404 200 404 404", (w, c) => Get($"/api/cases/{w.SharedCase}/notes")),
        new("POST /api/cases/{reference}/notes", "401 201 201 403 403 403 403 403", (w, c) => Task.FromResult(Post($"/api/cases/{w.SharedCase}/notes", new { kind = "phone", text = "Rang the applicant.", with = "Applicant" }))),
        // The victim's risk: officers assess it; the case's panel reads the current level and why; appeal reviewers do not see it.
        new("GET /api/cases/{reference}/risk-assessments", "401 200 200 200 404 200 404 404", (w, c) => Get($"/api/cases/{w.SharedCase}/risk-assessments")),
        new("POST /api/cases/{reference}/risk-assessments", "401 201 201 403 403 403 403 403", (w, c) => Task.FromResult(Post($"/api/cases/{w.SharedCase}/risk-assessments",
            new { answers = Domain.Risk.DefaultRiskQuestionnaire.Build().Questions.ToDictionary(q => q.Id, q => q.Options[0].Id) }))),

        // Documents: staff who may see the case list and download what they may see; officers, and panel members and
        // chairs of an agency on the panel (for their agency, while it may respond), add; officers delete.
        new("GET /api/cases/{reference}/documents", "401 200 200 200 404 200 404 404", (w, c) => Get($"/api/cases/{w.SharedCase}/documents")),
        new("POST /api/cases/{reference}/documents", "401 201 201 201 404 201 404 404", (w, c) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{w.SharedCase}/documents")
        {
            Content = Files.Form(Files.Pdf(500), "diary.pdf"),
        })),
        new("GET /api/cases/{reference}/documents/{id:long}", "401 200 200 200 404 200 404 404", (w, c) => Get($"/api/cases/{w.SharedCase}/documents/{w.SharedDocument}")),
        new("DELETE /api/cases/{reference}/documents/{id:long}", "401 204 204 403 403 403 403 403", async (w, c) =>
            new HttpRequestMessage(HttpMethod.Delete, $"/api/cases/{w.SharedCase}/documents/{await w.Document(c)}")),

        // Statistics in full: the lead body only (published figures are public).
        new("GET /api/statistics/annual", "401 200 200 403 403 403 403 403", (w, c) => Get("/api/statistics/annual?year=2026")),
        new("GET /api/statistics/annual.csv", "401 200 200 403 403 403 403 403", (w, c) => Get("/api/statistics/annual.csv?year=2026")),

        // Reference data and administration.
        new("GET /api/agencies", "401 200 200 200 200 200 200 200", (w, c) => Get("/api/agencies")),
        new("POST /api/admin/agencies", "401 201 403 403 403 403 403 403", (w, c) => Task.FromResult(Post("/api/admin/agencies", new { name = $"Partner {Guid.NewGuid():N}", kind = "Other" }))),
        new("PUT /api/admin/agencies/{id:int}", "401 200 403 403 403 403 403 403", (w, c) => Task.FromResult(new HttpRequestMessage(HttpMethod.Put, "/api/admin/agencies/3")
        {
            Content = JsonContent.Create(new { name = "Integrated Care Board", kind = "IntegratedCareBoard", contactEmail = "asb@icb.example", active = true }, options: Api.Json),
        })),
        new("GET /api/admin/users", "401 200 403 403 403 403 403 403", (w, c) => Get("/api/admin/users")),
        new("POST /api/admin/users", "401 201 403 403 403 403 403 403", (w, c) => Task.FromResult(Post("/api/admin/users", new { email = $"new-{Guid.NewGuid():N}@council.example", password = Api.StaffPassword, roles = new[] { "CaseOfficer" } }))),
        new("PUT /api/admin/users/{id}", "401 200 403 403 403 403 403 403", async (w, c) => new HttpRequestMessage(HttpMethod.Put, $"/api/admin/users/{await w.Account(c)}")
        {
            Content = JsonContent.Create(new { roles = new[] { "PanelMember" }, agency = "Council" }, options: Api.Json),
        }),
        new("POST /api/admin/users/{id}/disable", "401 200 403 403 403 403 403 403", async (w, c) => Post($"/api/admin/users/{await w.Account(c)}/disable", null)),
        new("POST /api/admin/users/{id}/enable", "401 200 403 403 403 403 403 403", async (w, c) => Post($"/api/admin/users/{await w.Account(c)}/enable", null)),
        new("POST /api/admin/users/{id}/password-link", "401 200 403 403 403 403 403 403", async (w, c) => Post($"/api/admin/users/{await w.Account(c)}/password-link", null)),
        // Anyone signed in may change their own password; a wrong current password is refused after the door (400).
        new("POST /api/auth/change-password", "401 400 400 400 400 400 400 400", (w, c) => Task.FromResult(Post("/api/auth/change-password", new { currentPassword = "not the current password", newPassword = "another long passphrase" }))),
        new("GET /api/admin/audit", "401 200 403 403 403 403 403 403", (w, c) => Get("/api/admin/audit")),

        // Case assignment and the email outbox (it holds applicants' addresses: administrators only).
        new("POST /api/cases/{reference}/corrections", "401 200 200 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/corrections", new { field = "location", value = $"Elm Close, by the garages {Guid.NewGuid():N}", reason = "The applicant rang to say where." })),
        new("POST /api/cases/{reference}/assign", "401 200 200 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/assign", new { officerEmail = CaseReviewApp.AdminEmail })),
        new("GET /api/admin/emails/", "401 200 403 403 403 403 403 403", (w, c) => Get("/api/admin/emails?status=Failed")),
        // No email has failed in this world: the administrator is let through and told there is no such email.
        new("POST /api/admin/emails/{id:long}/retry", "401 404 403 403 403 403 403 403", (w, c) => Task.FromResult(Post("/api/admin/emails/999999/retry", null))),

        // Letters to applicants hold their names and addresses: the lead body's caseworkers only, settled before the case is looked up.
        new("GET /api/cases/{reference}/letters/{notice}", "401 200 200 403 403 403 403 403", (w, c) => Get($"/api/cases/{w.SharedCase}/letters/acknowledgement")),
        new("GET /api/letters/to-send", "401 200 200 403 403 403 403 403", (w, c) => Get("/api/letters/to-send")),
        // No such letter in this world: caseworkers are let through and told so.
        new("POST /api/letters/{id:long}/posted", "401 404 404 403 403 403 403 403", (w, c) => Task.FromResult(Post("/api/letters/999999/posted", null))),
        new("POST /api/letters/{id:long}/called", "401 404 404 403 403 403 403 403", (w, c) => Task.FromResult(Post("/api/letters/999999/called", null))),
        // Personal data: the retention schedule (a dry run here: it changes nothing but the audit trail) and subject access.
        new("POST /api/admin/retention/run", "401 200 403 403 403 403 403 403", (w, c) => Task.FromResult(Post("/api/admin/retention/run?dryRun=true", null))),
        new("GET /api/admin/subject-access", "401 200 403 403 403 403 403 403", (w, c) => Get("/api/admin/subject-access?email=alex@example.org")),
        // Erasure on request: administrators only; an open case (as here) is refused by the case itself.
        new("POST /api/cases/{reference}/erase", "401 409 403 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/erase", new { reason = "Article 17(1)(a), approved by the DPO." })),
        // Restriction of processing (Article 18): administrators only; lifting a restriction the case does not have is refused by the case itself.
        new("POST /api/cases/{reference}/restriction", "401 200 403 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/restriction", new { ground = "accuracy-contested", reason = "The applicant says the complaint dates are wrong." })),
        new("POST /api/cases/{reference}/restriction/lift", "401 409 403 403 403 403 403 403", async (w, c) => Post($"/api/cases/{await w.PanelCase(c)}/restriction/lift", new { reason = "The dates were checked." })),
    ];

    /// <summary>Endpoints open to everyone by design: the resident's door, sign-in, setting a password from an emailed link, and the published figures.</summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string>
    {
        "POST /api/applications", "GET /api/track/{trackingCode}", "POST /api/track/{trackingCode}/appeal",
        "POST /api/track/{trackingCode}/withdraw", "POST /api/track/{trackingCode}/contact", "POST /api/eligibility",
        "POST /api/auth/login", "GET /api/statistics/published", "GET /api/statistics/published.csv",
        "POST /api/auth/forgotten-password", "POST /api/auth/set-password", "POST /api/track/{trackingCode}/documents",
        "POST /api/survey/{code}",
    };

    private static Task<HttpRequestMessage> Get(string path) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, path));

    private static HttpRequestMessage Put(string path, object body) =>
        new(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: Api.Json) };

    private static HttpRequestMessage Post(string path, object? body) =>
        new(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body, options: Api.Json) };
}
