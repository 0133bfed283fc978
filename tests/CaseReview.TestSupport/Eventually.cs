namespace CaseReview.TestSupport;

/// <summary>
/// Waits for something a background job or another process does: checks the condition at once, then again after
/// 5 ms, 10 ms, 20 ms... (at most 100 ms apart), so a quick outcome is seen quickly and a slow one within the timeout.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(100);

    /// <summary>True as soon as <paramref name="condition"/> holds; false if it still does not after <paramref name="timeout"/>.</summary>
    public static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var pause = FirstPause;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            Thread.Sleep(pause);
            pause = Longer(pause);
        }

        return true;
    }

    /// <inheritdoc cref="WaitUntil(Func{bool}, TimeSpan)"/>
    public static Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout) =>
        WaitUntilAsync(() => Task.FromResult(condition()), timeout);

    /// <inheritdoc cref="WaitUntilAsync(Func{bool}, TimeSpan)"/>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var pause = FirstPause;
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(pause);
            pause = Longer(pause);
        }
    }

    private static TimeSpan Longer(TimeSpan pause) => pause * 2 < LongestPause ? pause * 2 : LongestPause;
}
