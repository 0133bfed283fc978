using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseReview.Benchmarks.Generation;

/// <summary>
/// Turns aggregates into table rows the way EF Core would save them, read from EF Core's own model: the table and
/// column of every property (owned types in their owner's row, primitive collections as their JSON or array column),
/// each value through the property's converter, the foreign keys of children from their parent's key, and the keys
/// the database would generate numbered in order after the highest already there. Nothing is named by hand, so a
/// column added to the model is written without a change here; a mapping this does not understand (a shadow
/// property that is not a foreign key from the parent, an owned type in a table of its own, a navigation from an
/// owned type) stops the run instead of being written wrong.
/// </summary>
public sealed class AggregateRows
{
    private readonly IModel _model;
    private readonly Dictionary<Type, EntityPlan> _plans = [];
    private readonly Dictionary<ITable, TableRows> _tables = [];
    private readonly List<TableRows> _ordered;

    // An entity reached by two navigations (a list and the same list in order, say) is one row with both foreign keys.
    private readonly Dictionary<object, object?[]> _seen = new(ReferenceEqualityComparer.Instance);

    public AggregateRows(IModel model, IEnumerable<Type> roots)
    {
        _model = model;
        foreach (var root in roots)
        {
            PlanFor(root);
        }

        _ordered = PrincipalsFirst(_tables.Values);
    }

    /// <summary>The tables written, principals before their dependents.</summary>
    public IReadOnlyList<TableRows> Tables => _ordered;

    /// <summary>The keys numbered here rather than by the database: set each one's last value before adding rows.</summary>
    public IEnumerable<GeneratedKey> GeneratedKeys => _plans.Values.Where(p => p.GeneratedKey >= 0).Select(p => new GeneratedKey(p));

    public void Add(object entity) => Walk(entity, PlanOf(entity), parentRow: null, link: null);

    /// <summary>Every row added since the last call, by table, principals first; the entities are forgotten.</summary>
    public IReadOnlyList<(TableRows Table, List<object?[]> Rows)> Take()
    {
        _seen.Clear();
        return [.. _ordered.Select(t => (t, t.Take()))];
    }

    private void Walk(object entity, EntityPlan plan, object?[]? parentRow, ChildLink? link)
    {
        if (_seen.TryGetValue(entity, out var again))
        {
            FillForeignKey(again, parentRow, link);
            return;
        }

        var row = new object?[plan.Table.Columns.Count];
        _seen[entity] = row;
        foreach (var source in plan.Sources)
        {
            row[source.Column] = source.Read(entity);
        }

        FillForeignKey(row, parentRow, link);
        if (plan.GeneratedKey >= 0 && (row[plan.GeneratedKey] is null || row[plan.GeneratedKey]!.Equals(plan.KeySentinel)))
        {
            row[plan.GeneratedKey] = plan.NextKey();
        }

        plan.Table.Rows.Add(row);
        foreach (var child in plan.Children)
        {
            switch (child.Getter.GetClrValue(entity))
            {
                case null:
                    break;
                case IEnumerable items when child.IsCollection:
                    foreach (var item in items)
                    {
                        Walk(item, PlanOf(item), row, child);
                    }

                    break;
                case var item:
                    Walk(item, PlanOf(item), row, child);
                    break;
            }
        }
    }

    private static void FillForeignKey(object?[] row, object?[]? parentRow, ChildLink? link)
    {
        if (link is not null)
        {
            for (var k = 0; k < link.ForeignKey.Length; k++)
            {
                row[link.ForeignKey[k]] = parentRow![link.PrincipalKey[k]];
            }
        }
    }

    private EntityPlan PlanOf(object entity) =>
        _plans.TryGetValue(entity.GetType(), out var plan)
            ? plan
            : throw new InvalidOperationException($"{entity.GetType().Name} was not planned: it is not reachable from the root types.");

    private EntityPlan PlanFor(Type clrType)
    {
        if (_plans.TryGetValue(clrType, out var existing))
        {
            return existing;
        }

        var entityType = _model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var table = entityType.GetTableMappings().Single().Table;
        if (!_tables.TryGetValue(table, out var rows))
        {
            rows = new TableRows(table);
            _tables[table] = rows;
        }

        // The entity and the owned types kept in its row, each with the navigations that reach it from the entity.
        var reach = new Dictionary<ITypeBase, IClrPropertyGetter[]> { [entityType] = [] };
        AddOwned(entityType, [], reach, table);

        var sources = new List<ColumnSource>();
        // A foreign key with a navigation from its principal is filled from the parent's row as the walk comes down it.
        var filledByParent = entityType.GetForeignKeys().Where(fk => fk.PrincipalToDependent is not null)
            .SelectMany(fk => fk.Properties).Select(p => table.FindColumn(p)!.Name).ToHashSet();
        foreach (var column in rows.Columns)
        {
            var mapping = column.PropertyMappings
                .Where(m => reach.ContainsKey(m.Property.DeclaringType))
                .OrderBy(m => reach[m.Property.DeclaringType].Length)
                .FirstOrDefault();
            if (mapping is null || filledByParent.Contains(column.Name))
            {
                continue;
            }

            var property = mapping.Property;
            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} is a shadow property this writer cannot fill.");
            }

            sources.Add(new ColumnSource(rows.IndexOf(column), reach[property.DeclaringType], property.GetGetter(), mapping.TypeMapping.Converter));
        }

        // A key the database would generate (an identity column) is numbered here, in the order the rows are written.
        var key = entityType.FindPrimaryKey()!.Properties;
        var generated = -1;
        if (key is [{ ValueGenerated: ValueGenerated.OnAdd } keyProperty])
        {
            generated = keyProperty.ClrType == typeof(int) || keyProperty.ClrType == typeof(long)
                ? rows.IndexOf(table.FindColumn(keyProperty)!)
                : throw new NotSupportedException($"{entityType.DisplayName()}.{keyProperty.Name} is generated on add as {keyProperty.ClrType.Name}; only integer keys are numbered here.");
        }

        var plan = new EntityPlan(rows, [.. sources], generated, generated >= 0 ? key[0].Sentinel ?? Activator.CreateInstance(key[0].ClrType) : null, key[0].ClrType);
        _plans[clrType] = plan;

        var children = new List<ChildLink>();
        foreach (var navigation in entityType.GetNavigations().Where(n => !n.IsOnDependent && !n.TargetEntityType.IsOwned()))
        {
            var childPlan = PlanFor(navigation.TargetEntityType.ClrType);
            var foreignKey = navigation.ForeignKey.Properties.Select(p => childPlan.Table.IndexOf(childPlan.Table.Table.FindColumn(p)!)).ToArray();
            var principalKey = navigation.ForeignKey.PrincipalKey.Properties.Select(p => rows.IndexOf(table.FindColumn(p)!)).ToArray();
            children.Add(new ChildLink(navigation.GetGetter(), navigation.IsCollection, foreignKey, principalKey));
        }

        if (entityType.GetSkipNavigations().Any())
        {
            throw new NotSupportedException($"{entityType.DisplayName()} has a many-to-many navigation.");
        }

        plan.Children = [.. children];
        return plan;
    }

    private static void AddOwned(IEntityType owner, IClrPropertyGetter[] path, Dictionary<ITypeBase, IClrPropertyGetter[]> reach, ITable table)
    {
        if (owner.GetComplexProperties().Any())
        {
            throw new NotSupportedException($"{owner.DisplayName()} has complex properties.");
        }

        foreach (var navigation in owner.GetNavigations().Where(n => !n.IsOnDependent))
        {
            var target = navigation.TargetEntityType;
            if (!target.IsOwned())
            {
                if (path.Length > 0)
                {
                    throw new NotSupportedException($"The owned type {owner.DisplayName()} has a navigation to {target.DisplayName()}.");
                }

                continue;
            }

            if (navigation.IsCollection || target.GetTableMappings().Single().Table != table)
            {
                throw new NotSupportedException($"{target.DisplayName()} is owned but kept in a table of its own.");
            }

            IClrPropertyGetter[] targetPath = [.. path, navigation.GetGetter()];
            reach[target] = targetPath;
            AddOwned(target, targetPath, reach, table);
        }
    }

    private static List<TableRows> PrincipalsFirst(IEnumerable<TableRows> tables)
    {
        var all = tables.ToList();
        var ordered = new List<TableRows>();
        var placed = new HashSet<ITable>();
        while (ordered.Count < all.Count)
        {
            var ready = all.Where(t => !placed.Contains(t.Table)
                && t.Table.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t.Table || placed.Contains(fk.PrincipalTable) || all.All(o => o.Table != fk.PrincipalTable)))
                .ToList();
            if (ready.Count == 0)
            {
                throw new NotSupportedException("The tables' foreign keys form a cycle.");
            }

            foreach (var table in ready.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                ordered.Add(table);
                placed.Add(table.Table);
            }
        }

        return ordered;
    }

    /// <summary>A key the database would generate: where its numbering goes on from.</summary>
    public sealed class GeneratedKey
    {
        private readonly EntityPlan _plan;

        internal GeneratedKey(EntityPlan plan) => _plan = plan;

        public TableRows Table => _plan.Table;

        public IColumn Column => _plan.Table.Columns[_plan.GeneratedKey];

        public long Last
        {
            get => _plan.Last;
            set => _plan.Last = value;
        }
    }

    internal sealed class EntityPlan(TableRows table, ColumnSource[] sources, int generatedKey, object? keySentinel, Type keyType)
    {
        public TableRows Table { get; } = table;

        public ColumnSource[] Sources { get; } = sources;

        public int GeneratedKey { get; } = generatedKey;

        public object? KeySentinel { get; } = keySentinel;

        public ChildLink[] Children { get; set; } = [];

        public long Last { get; set; }

        public object NextKey() => keyType == typeof(int) ? checked((int)++Last) : ++Last;
    }

    internal sealed record ChildLink(IClrPropertyGetter Getter, bool IsCollection, int[] ForeignKey, int[] PrincipalKey);

    internal sealed class ColumnSource(int column, IClrPropertyGetter[] path, IClrPropertyGetter getter, ValueConverter? converter)
    {
        public int Column { get; } = column;

        public object? Read(object entity)
        {
            var owner = entity;
            foreach (var step in path)
            {
                owner = step.GetClrValue(owner);
                if (owner is null)
                {
                    return null;
                }
            }

            var value = getter.GetClrValue(owner);
            if (value is null)
            {
                return null;
            }

            if (converter is not null)
            {
                return converter.ConvertToProvider(value);
            }

            return value is Enum ? Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture) : value;
        }
    }
}
