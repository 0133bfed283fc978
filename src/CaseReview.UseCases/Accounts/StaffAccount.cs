namespace CaseReview.UseCases.Accounts;

/// <summary>A staff account as administrators see it. <see cref="PasswordSet"/> is false until an invited person sets their password.</summary>
public sealed record StaffAccount(string Id, string Email, IReadOnlyList<string> Roles, string? Agency, bool Disabled, bool LockedOut, DateTimeOffset? LockedOutUntil, bool PasswordSet = true, string? Name = null)
{
    /// <summary>How to name the person to colleagues: "Sam Patel (sam.patel@council.example)", or the email alone.</summary>
    public string Label => Name is null ? Email : $"{Name} ({Email})";
}
