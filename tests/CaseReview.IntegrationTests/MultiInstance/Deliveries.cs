using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// The outbox's emails matched with what the SMTP server received, by Message-Id (<c>outbox-{id}@casereview</c>):
/// which were never delivered, which more than once, and anything received that the outbox never held.
/// </summary>
public sealed record Deliveries(IReadOnlyList<long> Expected, IReadOnlyDictionary<long, int> Received, int Unmatched)
{
    public static Deliveries Of(IEnumerable<OutboxRow> outbox, SmtpSink smtp)
    {
        var received = new Dictionary<long, int>();
        var unmatched = 0;
        foreach (var email in smtp.Messages())
        {
            var id = email.Message.MessageId ?? string.Empty;
            if (id.StartsWith("outbox-", StringComparison.Ordinal) && id.EndsWith("@casereview", StringComparison.Ordinal)
                && long.TryParse(id["outbox-".Length..^"@casereview".Length], out var outboxId))
            {
                received[outboxId] = received.GetValueOrDefault(outboxId) + 1;
            }
            else
            {
                unmatched++;
            }
        }

        return new Deliveries([.. outbox.Select(o => o.Id)], received, unmatched);
    }

    public int Delivered => Received.Values.Sum();

    public IReadOnlyList<long> Missing => [.. Expected.Where(id => !Received.ContainsKey(id))];

    /// <summary>Ids received more than once.</summary>
    public IReadOnlyList<long> Duplicated => [.. Received.Where(r => r.Value > 1).Select(r => r.Key).Order()];

    /// <summary>Extra copies received (an id received three times counts two).</summary>
    public int ExtraCopies => Received.Values.Sum(n => n - 1);

    public string Figures(string title) =>
        $"{title}: emails expected {Expected.Count}, delivered {Delivered}, missing {Missing.Count}, duplicated ids {Duplicated.Count} ({ExtraCopies} extra copies), not from the outbox {Unmatched}";
}
