using System.Security.Cryptography;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Drafts;

/// <summary>Keeps residents' unsent answers between pages, without an account, and forgets them when they expire.</summary>
public sealed class ApplicationDraftStore(ICaseReviewDb db, DraftSettings settings, TimeProvider clock)
{
    /// <summary>256 random bits, URL-safe: the id is the only key to someone's answers.</summary>
    public static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task<ApplicationDraft?> FindAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await db.ApplicationDrafts.FirstOrDefaultAsync(d => d.Id == id && d.ExpiresAt > now, ct);
    }

    public async Task<ApplicationDraft> SaveAsync(string id, string answersJson, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now.AddHours(settings.LifetimeHours);
        var draft = await db.ApplicationDrafts.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (draft is null)
        {
            draft = new ApplicationDraft(id, answersJson, now, expires);
            db.ApplicationDrafts.Add(draft);
            // Starting a new draft is a good moment to forget the expired ones.
            await db.ApplicationDrafts.Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        }
        else
        {
            draft.Update(answersJson, now, expires);
        }

        await db.SaveChangesAsync(ct);
        return draft;
    }

    /// <summary>The resident asked for their answers to be deleted: the row goes, not just its contents.</summary>
    public async Task DeleteAsync(string? id, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(id) && id.Length <= 64)
        {
            await db.ApplicationDrafts.Where(d => d.Id == id).ExecuteDeleteAsync(ct);
        }
    }

    public async Task MarkSubmittedAsync(ApplicationDraft draft, string trackingCode, CancellationToken ct)
    {
        draft.MarkSubmitted(trackingCode, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
