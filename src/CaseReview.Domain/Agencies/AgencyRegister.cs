namespace CaseReview.Domain.Agencies;

/// <summary>
/// The agencies as registered, read once for an action: people name agencies, cases keep their ids. A name is
/// matched without regard to capitals (the register holds no two names differing only in them), so renaming an
/// agency renames it on every case and account that refers to it.
/// </summary>
public sealed class AgencyRegister
{
    private readonly IReadOnlyList<Agency> _agencies;

    public AgencyRegister(IEnumerable<Agency> agencies) => _agencies = [.. agencies];

    /// <summary>No agencies: nothing resolves, so a rule that needs one refuses rather than guesses.</summary>
    public static AgencyRegister Empty { get; } = new([]);

    public IReadOnlyList<Agency> All => _agencies;

    /// <summary>The agency registered under <paramref name="name"/> (trimmed, capitals ignored), or null.</summary>
    public Agency? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : _agencies.FirstOrDefault(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public Agency? Find(int id) => _agencies.FirstOrDefault(a => a.Id == id);

    /// <summary>The agency's name as registered now (an id the register has never held is shown as such, never as blank).</summary>
    public string NameOf(int id) => Find(id)?.Name ?? $"agency {id}";

    public IReadOnlyList<string> NamesOf(IEnumerable<int> ids) => [.. ids.Select(NameOf)];
}
