namespace CaseReview.UseCases.Accounts;

/// <summary>Staff email addresses for notifications; disabled accounts are never included.</summary>
public interface IStaffDirectory
{
    /// <summary>Panel members and chairs whose agency is one of <paramref name="agencies"/>.</summary>
    Task<IReadOnlyList<string>> PanelMemberEmailsAsync(IReadOnlyCollection<int> agencies, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> AdministratorEmailsAsync(CancellationToken cancellationToken);

    /// <summary>The address of one staff account; null when it does not exist or is disabled.</summary>
    Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken);

    /// <summary>An active case officer or administrator with this email address.</summary>
    Task<StaffIdentity?> FindCaseworkerAsync(string email, CancellationToken cancellationToken);
}
