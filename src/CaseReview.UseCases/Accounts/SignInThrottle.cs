using System.Collections.Concurrent;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// Slows password guessing without handing an attacker a way to lock officers out (in place of a lockout of the
/// whole account, which anyone who knows an officer's address could trigger by script):
/// <list type="bullet">
/// <item>after <see cref="FailuresPerAddress"/> wrong passwords for one account from one client address, that
/// address may not try that account again for <see cref="Window"/>; the officer at their own address is not affected;</item>
/// <item>after <see cref="FailuresPerAccount"/> wrong passwords for one account from any addresses within the window
/// (guessing spread over many machines), only the addresses the account has signed in from before may try it,
/// until the guessing has stopped for the window.</item>
/// </list>
/// A refused attempt is not checked at all, so it tells the guesser nothing. The counts are kept in memory, per
/// instance; the per-address rate limit (<c>RateLimiting:SignInAttemptsPerWindow</c>) bounds every door as well.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int FailuresPerAddress = 5;
    public const int FailuresPerAccount = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private const int KnownAddressesKept = 10;

    private readonly ConcurrentDictionary<string, AccountRecord> _accounts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>May this address try a password for this account now?</summary>
    public bool Allows(string account, string? address)
    {
        if (!_accounts.TryGetValue(account.Trim(), out var record))
        {
            return true;
        }

        var since = clock.GetUtcNow() - Window;
        lock (record)
        {
            record.Failures.RemoveAll(f => f.At < since);
            var key = AddressKey(address);
            if (record.Failures.Count(f => f.Address == key) >= FailuresPerAddress)
            {
                return false;
            }

            return record.Failures.Count < FailuresPerAccount || record.KnownAddresses.Contains(key);
        }
    }

    public void Failed(string account, string? address)
    {
        var record = _accounts.GetOrAdd(account.Trim(), _ => new AccountRecord());
        lock (record)
        {
            record.Failures.Add(new Failure(AddressKey(address), clock.GetUtcNow()));
        }
    }

    /// <summary>The right password from this address: its own wrong tries are forgiven and it becomes a known address.</summary>
    public void Succeeded(string account, string? address)
    {
        var record = _accounts.GetOrAdd(account.Trim(), _ => new AccountRecord());
        var key = AddressKey(address);
        lock (record)
        {
            record.Failures.RemoveAll(f => f.Address == key);
            record.KnownAddresses.Remove(key);
            record.KnownAddresses.Insert(0, key);
            if (record.KnownAddresses.Count > KnownAddressesKept)
            {
                record.KnownAddresses.RemoveAt(KnownAddressesKept);
            }
        }
    }

    private static string AddressKey(string? address) => string.IsNullOrWhiteSpace(address) ? "unknown" : address;

    private sealed record Failure(string Address, DateTimeOffset At);

    private sealed class AccountRecord
    {
        public List<Failure> Failures { get; } = [];
        public List<string> KnownAddresses { get; } = [];
    }
}
