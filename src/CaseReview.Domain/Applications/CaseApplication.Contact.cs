using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Applications;

/// <summary>The applicant keeps their contact details up to date themselves, with their tracking code.</summary>
public sealed partial class CaseApplication
{
    /// <summary>The history action of a change of contact details.</summary>
    public const string ContactChangedAction = "contact-changed";

    /// <summary>
    /// The applicant changes how to reach them: each detail given replaces the one held (null keeps it), and the
    /// preferred way must be one the details now allow (email needs an email address, phone a number, post an
    /// address). Only while the case is open. A history row names what changed, not the new values. Answers the
    /// details as they were, so both the old and the new address can be told.
    /// </summary>
    public Applicant ChangeContact(string? email, string? phone, string? address, string? postcode, PreferredContact preferred, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsOpen)
        {
            throw new CaseStateException(Status, "This application has ended, so its contact details can no longer be changed.");
        }

        var before = Applicant;
        var after = before with
        {
            Email = email ?? before.Email,
            Phone = phone ?? before.Phone,
            Address = address ?? before.Address,
            Postcode = postcode ?? before.Postcode,
            PreferredContact = preferred,
        };
        switch (preferred)
        {
            case PreferredContact.Email when string.IsNullOrWhiteSpace(after.Email):
                throw new CaseRuleException("email", "Enter your email address, or choose another way for us to contact you");
            case PreferredContact.Phone when string.IsNullOrWhiteSpace(after.Phone):
                throw new CaseRuleException("phone", "Enter your phone number, or choose another way for us to contact you");
            case PreferredContact.Post when string.IsNullOrWhiteSpace(after.Address):
                throw new CaseRuleException("address", "Enter your address, or choose another way for us to contact you");
        }

        var changed = ContactChanges(before, after);
        if (changed.Count == 0)
        {
            throw new CaseRuleException("email", "You have not changed anything. Enter your new details, or choose a new way for us to contact you");
        }

        Applicant = after;
        RefreshMatchKeys();
        _history.Add(new StatusChange(Status, Status, ContactChangedAction, context.Actor.Id, context.Actor.DisplayName, context.UtcNow,
            $"Changed: {string.Join(", ", changed)}."));
        Version++;
        return before;
    }

    /// <summary>What differs between two sets of contact details, in words ("email address", "preferred contact (now post)").</summary>
    public static IReadOnlyList<string> ContactChanges(Applicant before, Applicant after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new List<string>();
        if (!string.Equals(before.Email, after.Email, StringComparison.OrdinalIgnoreCase))
        {
            changed.Add("email address");
        }

        if (!string.Equals(before.Phone, after.Phone, StringComparison.Ordinal))
        {
            changed.Add("phone number");
        }

        if (!string.Equals(before.Address, after.Address, StringComparison.Ordinal))
        {
            changed.Add("postal address");
        }

        if (!string.Equals(before.Postcode, after.Postcode, StringComparison.OrdinalIgnoreCase))
        {
            changed.Add("postcode");
        }

        if (before.PreferredContact != after.PreferredContact)
        {
            changed.Add($"preferred contact (now {after.PreferredContact.ToString().ToLowerInvariant()})");
        }

        return changed;
    }
}
