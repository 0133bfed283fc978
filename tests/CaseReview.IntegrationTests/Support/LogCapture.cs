using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// Every log message the host writes, at every level (Trace and up, whatever the settings say), checked as it is
/// written for values that must never be logged. Nothing else is kept, so thousands of requests cost no memory:
/// only the count of messages per level and the first lines that held a watched value.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private const int LeaksKept = 50;

    private readonly ConcurrentQueue<string> _leaks = new();
    private readonly ConcurrentDictionary<LogLevel, int> _counts = new();
    private readonly IReadOnlyList<string> _watched;

    /// <param name="watched">Values that must not appear in any message or exception, compared ignoring case.</param>
    public LogCapture(IEnumerable<string> watched) => _watched = [.. watched.Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The messages (with their exception) that held a watched value: category, level, text.</summary>
    public IReadOnlyList<string> Leaks => [.. _leaks];

    public int LeakCount { get; private set; }

    public int MessageCount => _counts.Values.Sum();

    public IReadOnlyDictionary<LogLevel, int> CountsByLevel => _counts;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        _counts.AddOrUpdate(level, 1, (_, n) => n + 1);
        var text = exception is null ? $"{category} {message}" : $"{category} {message} {exception}";
        foreach (var value in _watched)
        {
            if (text.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                lock (_leaks)
                {
                    LeakCount++;
                    if (_leaks.Count < LeaksKept)
                    {
                        _leaks.Enqueue($"[{level}] value '{value}' in: {text}");
                    }
                }

                return;
            }
        }
    }

    private sealed class Logger(string category, LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            // Scopes are part of what a logger may write out: check them as messages.
            capture.Write(category, LogLevel.Trace, state.ToString() ?? string.Empty, null);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Write(category, logLevel, formatter(state, exception), exception);
    }
}
