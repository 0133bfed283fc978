using CaseReview.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Accounts;

/// <summary>
/// An administrators' page (accounts, agencies): it sends the same command as the API, and the use case decides
/// who may. Someone else sees a 403 page in words; what the handler refuses is a message beside its field
/// (both as on every staff page, see <see cref="StaffPageModel"/>).
/// </summary>
public abstract class AdministrationPageModel : StaffPageModel
{
    public const string FormId = "admin-form";

    /// <summary>Said once on the next page after a change succeeded.</summary>
    public const string DoneKey = "AdministrationDone";

    public string? Done { get; private set; }

    protected override string FormElementId => FormId;

    protected void TakeDone() => Done = TempData[DoneKey] as string;

    /// <summary>Runs <paramref name="send"/>; on success goes back to the page saying <paramref name="done"/>, otherwise answers null after recording the messages.</summary>
    protected Task<IActionResult?> TrySendAsync(Func<Task<string>> send, string done, CancellationToken ct) => TrySendAsync(send, () => done, ct);

    /// <summary>As above, with words that depend on what the command answered.</summary>
    protected Task<IActionResult?> TrySendAsync(Func<Task<string>> send, Func<string> done, CancellationToken ct)
    {
        _ = ct;
        return SubmitAsync(async () =>
        {
            var next = await send();
            TempData[DoneKey] = done();
            return Redirect(next);
        });
    }
}
