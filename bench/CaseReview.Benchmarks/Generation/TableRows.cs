using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseReview.Benchmarks.Generation;

/// <summary>
/// The rows waiting to be written to one table: its columns as EF Core's model maps them, each with its store type
/// mapping, and each row's values already converted to what the provider stores (enum names, JSON lists, UTC dates).
/// </summary>
public sealed class TableRows(ITable table)
{
    public ITable Table { get; } = table;

    public string Name => Table.Name;

    public IReadOnlyList<IColumn> Columns { get; } = [.. table.Columns];

    public List<object?[]> Rows { get; private set; } = [];

    /// <summary>The rows so far, handed over to be written; the table starts a new list.</summary>
    public List<object?[]> Take()
    {
        var rows = Rows;
        Rows = new List<object?[]>(rows.Count);
        return rows;
    }

    public int IndexOf(IColumn column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (ReferenceEquals(Columns[i], column))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{column.Name} is not a column of {Name}.");
    }

    public RelationalTypeMapping MappingOf(int column) => Columns[column].PropertyMappings.First().TypeMapping;
}
