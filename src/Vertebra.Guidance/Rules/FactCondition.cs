namespace Vertebra.Guidance;

/// <summary>The test a fact condition makes.</summary>
internal enum FactOperator
{
    Equals,
    In,
    AtLeast,
    AtMost,
    IsKnown,
    IsUnknown,
}

/// <summary>A test of one fact: equals, in, &gt;= (gte), &lt;= (lte), is known, is unknown.</summary>
internal sealed class FactCondition(FactDescriptor fact, FactOperator op, int[] values) : Condition
{
    private const int Unknown = FactDescriptor.Unknown;

    public FactDescriptor Fact => fact;

    public FactOperator Operator => op;

    public override CompiledCondition Compile()
    {
        var index = fact.Index;
        switch (op)
        {
            case FactOperator.Equals:
                {
                    var code = values[0];
                    return c =>
                    {
                        var v = c[index];
                        return v == Unknown ? Tri.Unknown : (v == code ? Tri.True : Tri.False);
                    };
                }

            case FactOperator.In:
                {
                    // Choice and boolean codes are small: test membership with a bit mask.
                    var mask = values.Aggregate(0UL, (m, x) => m | (1UL << x));
                    return c =>
                    {
                        var v = c[index];
                        return v == Unknown ? Tri.Unknown : (((mask >> v) & 1UL) != 0 ? Tri.True : Tri.False);
                    };
                }

            case FactOperator.AtLeast:
                {
                    var bound = values[0];
                    return c =>
                    {
                        var v = c[index];
                        return v == Unknown ? Tri.Unknown : (v >= bound ? Tri.True : Tri.False);
                    };
                }

            case FactOperator.AtMost:
                {
                    var bound = values[0];
                    return c =>
                    {
                        var v = c[index];
                        return v == Unknown ? Tri.Unknown : (v <= bound ? Tri.True : Tri.False);
                    };
                }

            case FactOperator.IsKnown:
                return c => c[index] == Unknown ? Tri.False : Tri.True;
            default:
                return c => c[index] == Unknown ? Tri.True : Tri.False;
        }
    }

    public override ulong FactMask() => 1UL << fact.Index;

    public override void CollectProbeValues(Dictionary<int, SortedSet<int>> probes)
    {
        if (!probes.TryGetValue(fact.Index, out var set))
        {
            set = [];
            probes.Add(fact.Index, set);
        }

        if (op is FactOperator.IsKnown or FactOperator.IsUnknown)
        {
            set.Add(Unknown);
        }

        if (fact.Kind != FactKind.Integer)
        {
            for (var c = fact.Min; c <= fact.Max; c++)
            {
                set.Add(c);
            }

            return;
        }

        set.Add(fact.Min);
        foreach (var x in values)
        {
            foreach (var probe in new[] { x - 1, x, x + 1 })
            {
                if (probe >= fact.Min && probe <= fact.Max)
                {
                    set.Add(probe);
                }
            }
        }
    }
}
