using Vertebra.Content.Sources;

namespace Vertebra.Content.Import;

/// <summary>Reads the source registry from a content folder, within the same limits as every other content file.</summary>
public static class SourceRegistryFile
{
    /// <summary>
    /// Reads the registry of a content folder: the one at its top, else the nearest one in a folder above it (so
    /// importing <c>content/articles</c> alone uses <c>content/sources.yaml</c>); an empty registry when there is none.
    /// </summary>
    public static SourceRegistry ReadFolder(string folder, ImportLimits? limits = null) =>
        Find(folder) is { } path ? SourceRegistry.Parse(StrictText.ReadFile(path, limits ?? ImportLimits.Default), path) : SourceRegistry.Empty;

    /// <summary>The registry file that applies to a folder: at its top or in the nearest folder above; null when none.</summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, SourceRegistry.FileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
