namespace ThiDua.Core.Imports.Files;

/// <summary>The two formats accepted for imports, recognised from the content (the extension only says which one is expected).</summary>
public enum TabularFormat
{
    Xlsx,
    Csv,
}
