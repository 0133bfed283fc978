using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CaseReview.IntegrationTests.Support;

/// <summary>Keeps the host's error log lines, so a test that meets a 500 can say what went wrong inside.</summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
