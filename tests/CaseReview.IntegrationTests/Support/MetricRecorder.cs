using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// Listens to the instruments of one host's "CaseReview" meter (by the host's own meter factory, so the counts of the
/// other hosts the test run starts at the same time are not mixed in): counters are summed, gauges read on demand.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new();
    private readonly ConcurrentDictionary<string, long> _latest = new();

    public MetricRecorder(CaseReviewApp app)
    {
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "CaseReview" && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = Key(instrument.Name, tags);
            if (instrument is ObservableInstrument<long>)
            {
                _latest[key] = value;
            }
            else
            {
                _sums.AddOrUpdate(key, value, (_, sum) => sum + value);
                if (key != instrument.Name)
                {
                    _sums.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
                }
            }
        });
        _listener.Start();
    }

    /// <summary>What a counter added up to, over all its tags ("casereview.emails.sent") or for one tag ("casereview.reminder.runs outcome=ok").</summary>
    public long Sum(string name) => _sums.GetValueOrDefault(name);

    /// <summary>Reads the gauges now, as an exporter would; null when the gauge reported nothing.</summary>
    public long? Gauge(string name)
    {
        _latest.Clear();
        _listener.RecordObservableInstruments();
        return _latest.TryGetValue(name, out var value) ? value : null;
    }

    public void Dispose() => _listener.Dispose();

    private static string Key(string name, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string>();
        foreach (var tag in tags)
        {
            parts.Add($"{tag.Key}={tag.Value}");
        }

        parts.Sort(StringComparer.Ordinal);
        return parts.Count == 0 ? name : $"{name} {string.Join(' ', parts)}";
    }
}
