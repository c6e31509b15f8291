using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vertebra.Content;

/// <summary>Reading a YAML data file as a node tree, for files checked node by node (with each node's line).</summary>
public static class YamlFiles
{
    /// <summary>
    /// The file's YAML documents. A file that cannot be opened or is not well-formed YAML throws what
    /// <paramref name="cannotRead"/> makes of the cause, so each caller names the file in its own terms.
    /// </summary>
    public static YamlStream Load(string path, Func<Exception, Exception> cannotRead)
    {
        ArgumentNullException.ThrowIfNull(cannotRead);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (Exception ex) when (ex is YamlException or IOException)
        {
            throw cannotRead(ex);
        }

        return stream;
    }
}
