namespace Vertebra.Claims.Tests;

/// <summary>A YAML file in the temp folder, deleted on dispose.</summary>
internal sealed class TempYaml : IDisposable
{
    public TempYaml(string content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"claims-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
