namespace Vertebra.Settings;

/// <summary>A deployment setting cannot be used; the message names the setting and says what it should be.</summary>
public sealed class VertebraSettingException(string message) : ArgumentException(message);
