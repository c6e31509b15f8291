using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Vertebra.Content;

/// <summary>The one YAML configuration the content files use: snake_case keys, unknown keys refused.</summary>
internal static class Yaml
{
    public static IDeserializer Reader { get; } = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static ISerializer Writer { get; } = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .DisableAliases()
        .WithQuotingNecessaryStrings()
        .Build();

    /// <summary>The 1-based line of the first line of <paramref name="yaml"/> that contains <paramref name="text"/>, or null.</summary>
    public static int? LineOf(string yaml, string text)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
