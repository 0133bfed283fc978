namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// The tests that start real app processes: they run one at a time and after every other collection (their processes
/// and PostgreSQL clusters need the machine's cores to themselves for the timings to mean anything).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiInstanceCollection
{
    public const string Name = "Multi-instance";
}
