using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Vertebra.Guidance;

/// <summary>
/// Reads the condition language:
/// <c>always</c>; <c>{all: [...]}</c>; <c>{any: [...]}</c>; <c>{not: cond}</c>;
/// <c>{fact: NAME, equals: V}</c>, <c>in: [V, ...]</c>, <c>gte: N</c>, <c>lte: N</c>, <c>is: known|unknown</c>.
/// </summary>
internal static class ConditionParser
{
    public static Condition Parse(YamlFile file, YamlNode node, string ruleId)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value == "always"
                ? new AlwaysCondition()
                : throw file.Fail(node, ruleId, $"a condition must be 'always' or a mapping, not '{scalar.Value}'.");
        }

        var map = file.Mapping(node, ruleId, "a condition");
        if (file.Get(map, "all") is { } all)
        {
            file.OnlyKeys(map, ruleId, "all");
            return new AllCondition(ParseList(file, all, ruleId, "all"));
        }

        if (file.Get(map, "any") is { } any)
        {
            file.OnlyKeys(map, ruleId, "any");
            return new AnyCondition(ParseList(file, any, ruleId, "any"));
        }

        if (file.Get(map, "not") is { } inner)
        {
            file.OnlyKeys(map, ruleId, "not");
            return new NotCondition(Parse(file, inner, ruleId));
        }

        return ParseFactTest(file, map, ruleId);
    }

    private static Condition[] ParseList(YamlFile file, YamlNode node, string ruleId, string what)
    {
        var items = file.Sequence(node, ruleId, $"'{what}'").Children;
        if (items.Count == 0)
        {
            throw file.Fail(node, ruleId, $"'{what}' needs at least one condition.");
        }

        return items.Select(n => Parse(file, n, ruleId)).ToArray();
    }

    private static FactCondition ParseFactTest(YamlFile file, YamlMappingNode map, string ruleId)
    {
        file.OnlyKeys(map, ruleId, "fact", "equals", "in", "gte", "lte", "is");
        var name = file.RequiredString(map, "fact", ruleId);
        var fact = FactCatalog.Find(name)
            ?? throw file.Fail(map, ruleId, $"unknown fact '{name}' (known facts: {string.Join(", ", FactCatalog.All.Select(f => f.Name))}).");
        var ops = new[] { "equals", "in", "gte", "lte", "is" }.Where(k => file.Get(map, k) is not null).ToArray();
        if (ops.Length != 1)
        {
            throw file.Fail(map, ruleId, $"a test of '{name}' needs exactly one of equals, in, gte, lte, is.");
        }

        var valueNode = file.Get(map, ops[0])!;
        switch (ops[0])
        {
            case "equals":
                return new FactCondition(fact, FactOperator.Equals, [Code(file, fact, valueNode, ruleId)]);
            case "in":
                {
                    if (fact.Kind == FactKind.Integer)
                    {
                        throw file.Fail(valueNode, ruleId, $"'in' works on yes/no and choice facts; '{name}' is a number (use gte and lte).");
                    }

                    var codes = file.Sequence(valueNode, ruleId, "'in'").Children.Select(n => Code(file, fact, n, ruleId)).ToArray();
                    if (codes.Length == 0)
                    {
                        throw file.Fail(valueNode, ruleId, "'in' needs at least one value.");
                    }

                    return new FactCondition(fact, FactOperator.In, codes);
                }

            case "gte":
            case "lte":
                if (fact.Kind != FactKind.Integer)
                {
                    throw file.Fail(valueNode, ruleId, $"'{ops[0]}' needs a number fact; '{name}' is not a number.");
                }

                return new FactCondition(fact, ops[0] == "gte" ? FactOperator.AtLeast : FactOperator.AtMost, [Code(file, fact, valueNode, ruleId)]);
            default:
                {
                    var what = file.Scalar(valueNode, ruleId, "'is'");
                    return what switch
                    {
                        "known" => new FactCondition(fact, FactOperator.IsKnown, []),
                        "unknown" => new FactCondition(fact, FactOperator.IsUnknown, []),
                        _ => throw file.Fail(valueNode, ruleId, $"'is' must be 'known' or 'unknown', not '{what}'."),
                    };
                }
        }
    }

    private static int Code(YamlFile file, FactDescriptor fact, YamlNode node, string ruleId)
    {
        var text = file.Scalar(node, ruleId, $"the value for '{fact.Name}'");
        switch (fact.Kind)
        {
            case FactKind.Boolean:
                return text switch
                {
                    "true" => 1,
                    "false" => 0,
                    _ => throw file.Fail(node, ruleId, $"'{fact.Name}' is yes/no: use true or false, not '{text}'."),
                };
            case FactKind.Choice:
                {
                    var code = fact.ChoiceCode(text);
                    return code >= 0
                        ? code
                        : throw file.Fail(node, ruleId, $"unknown value '{text}' for fact '{fact.Name}' (allowed: {string.Join(", ", fact.Choices)}).");
                }

            default:
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    throw file.Fail(node, ruleId, $"'{fact.Name}' is a number, not '{text}'.");
                }

                if (number < fact.Min || number > fact.Max)
                {
                    throw file.Fail(node, ruleId, $"{number} is outside the range of '{fact.Name}' ({fact.Min} to {(fact.Max == int.MaxValue ? "no limit" : fact.Max)}).");
                }

                return number;
        }
    }
}
