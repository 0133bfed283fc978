namespace CaseReview.Web.Security;

/// <summary>
/// Stands for the settings as a whole when the app starts, so <see cref="LiveSettingsValidator"/> can refuse, with the
/// key named, values that are only safe on a developer's machine.
/// </summary>
internal sealed class LiveSettings;
