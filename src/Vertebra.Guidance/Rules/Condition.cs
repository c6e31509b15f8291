namespace Vertebra.Guidance;

/// <summary>A node of the declarative condition language (all / any / not / always / a fact test).</summary>
internal abstract class Condition
{
    /// <summary>Compiles the condition to a delegate; no allocation when it runs.</summary>
    public abstract CompiledCondition Compile();

    /// <summary>Adds the facts this condition reads to the bit mask (bit = fact index).</summary>
    public abstract ulong FactMask();

    /// <summary>Adds interesting values for each fact (used to check that a rule can ever fire).</summary>
    public abstract void CollectProbeValues(Dictionary<int, SortedSet<int>> probes);
}

internal sealed class AlwaysCondition : Condition
{
    public override CompiledCondition Compile() => static _ => Tri.True;

    public override ulong FactMask() => 0;

    public override void CollectProbeValues(Dictionary<int, SortedSet<int>> probes)
    {
    }
}

internal sealed class AllCondition(IReadOnlyList<Condition> parts) : Condition
{
    public override CompiledCondition Compile()
    {
        var compiled = parts.Select(p => p.Compile()).ToArray();
        if (compiled.Length == 2)
        {
            var a = compiled[0];
            var b = compiled[1];
            return c =>
            {
                var x = a(c);
                return x == Tri.False ? Tri.False : (Tri)Math.Min((byte)x, (byte)b(c));
            };
        }

        return c =>
        {
            var result = Tri.True;
            foreach (var part in compiled)
            {
                var value = part(c);
                if (value == Tri.False)
                {
                    return Tri.False;
                }

                if (value == Tri.Unknown)
                {
                    result = Tri.Unknown;
                }
            }

            return result;
        };
    }

    public override ulong FactMask() => parts.Aggregate(0UL, (mask, p) => mask | p.FactMask());

    public override void CollectProbeValues(Dictionary<int, SortedSet<int>> probes)
    {
        foreach (var part in parts)
        {
            part.CollectProbeValues(probes);
        }
    }
}

internal sealed class AnyCondition(IReadOnlyList<Condition> parts) : Condition
{
    public override CompiledCondition Compile()
    {
        var compiled = parts.Select(p => p.Compile()).ToArray();
        return c =>
        {
            var result = Tri.False;
            foreach (var part in compiled)
            {
                var value = part(c);
                if (value == Tri.True)
                {
                    return Tri.True;
                }

                if (value == Tri.Unknown)
                {
                    result = Tri.Unknown;
                }
            }

            return result;
        };
    }

    public override ulong FactMask() => parts.Aggregate(0UL, (mask, p) => mask | p.FactMask());

    public override void CollectProbeValues(Dictionary<int, SortedSet<int>> probes)
    {
        foreach (var part in parts)
        {
            part.CollectProbeValues(probes);
        }
    }
}

internal sealed class NotCondition(Condition inner) : Condition
{
    public override CompiledCondition Compile()
    {
        var compiled = inner.Compile();
        return c => (Tri)(2 - (byte)compiled(c));
    }

    public override ulong FactMask() => inner.FactMask();

    public override void CollectProbeValues(Dictionary<int, SortedSet<int>> probes) => inner.CollectProbeValues(probes);
}
