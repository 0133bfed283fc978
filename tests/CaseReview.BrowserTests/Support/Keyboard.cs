using System.Globalization;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests.Support;

/// <summary>Moves through a page as a keyboard user does: Tab until the wanted control has focus, then type or press.</summary>
public static class Keyboard
{
    // The browser tests run beside the integration tests on two cores; under that load a page has been seen to take
    // over Playwright's default 30 s to load (a timeout, not a wrong page), so the keyboard journey waits longer.
    private static readonly TimeSpan PageLoadTimeout = TimeSpan.FromSeconds(60);

    private const int MaxTabs = 120;

    public static Task TabToAsync(this IPage page, string selector) =>
        page.TabUntilAsync($"el => el.matches({Quote(selector)})", selector);

    public static Task TabToButtonAsync(this IPage page, string text) =>
        page.TabUntilAsync($"el => el.tagName === 'BUTTON' && el.textContent.trim() === {Quote(text)}", $"button '{text}'");

    public static async Task TabAndTypeAsync(this IPage page, string selector, string text)
    {
        await page.TabToAsync(selector);
        await page.Keyboard.TypeAsync(text);
    }

    public static async Task TabAndTypeDateAsync(this IPage page, string id, DateOnly date)
    {
        await page.TabAndTypeAsync($"#{id}-day", date.Day.ToString(CultureInfo.InvariantCulture));
        await page.TabAndTypeAsync($"#{id}-month", date.Month.ToString(CultureInfo.InvariantCulture));
        await page.TabAndTypeAsync($"#{id}-year", date.Year.ToString(CultureInfo.InvariantCulture));
    }

    public static async Task TabAndPressAsync(this IPage page, string selector, string key)
    {
        await page.TabToAsync(selector);
        await page.Keyboard.PressAsync(key);
    }

    public static async Task TabAndGoAsync(this IPage page, string selector)
    {
        await page.TabToAsync(selector);
        await page.PressToGoAsync("Enter");
    }

    public static async Task TabToButtonAndGoAsync(this IPage page, string text, string key = "Enter")
    {
        await page.TabToButtonAsync(text);
        await page.PressToGoAsync(key);
    }

    /// <summary>Presses a key that follows a link or sends a form, and waits for the next page.</summary>
    public static async Task PressToGoAsync(this IPage page, string key)
    {
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await page.Keyboard.PressAsync(key);
            await navigated.Task.WaitAsync(PageLoadTimeout);
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = (float)PageLoadTimeout.TotalMilliseconds });
    }

    private static async Task TabUntilAsync(this IPage page, string predicate, string what)
    {
        await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = (float)PageLoadTimeout.TotalMilliseconds });
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => {{ const el = document.activeElement; return !!el && ({predicate})(el); }}"))
            {
                return;
            }
        }

        Assert.Fail($"Could not reach {what} with the Tab key on {page.Url}");
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
