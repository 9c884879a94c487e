using Mandates.Core.Law;

namespace Mandates.Core.Records;

/// <summary>
/// Reads an operation's <c>components</c> (parts with chains of mandates of their own) and the
/// <c>component</c> each of its mandates names: in an operation with components every mandate names
/// one of them, since the chain it replaces in depends on it; in one without, none does.
/// </summary>
internal static class ComponentReader
{
    public static ValueList<Component> Read(YamlFields f)
    {
        var components = new List<Component>();
        foreach (var c in f.Items("components",
                     expected: "a list of {key: …, title: …}: parts with chains of their own"))
        {
            var key = c.Text("key", true, "a short word for the component, e.g. maritime");
            var title = c.Text("title", true,
                "what the component is, e.g. Maritime surveillance off the Horn of Africa");
            var provenance = c.Provenance();
            c.Done();
            if (key is null || title is null) continue;
            if (components.Any(x => string.Equals(x.Key, key, StringComparison.OrdinalIgnoreCase)))
                c.ErrorAt("key", key, "a key not used twice in components (case ignored)");
            else
                components.Add(new Component(key, title) { Provenance = provenance });
        }
        return components.ToValueList();
    }

    /// <summary>The component a mandate names, as the operation spells it; null where it names none.</summary>
    public static string? OfMandate(YamlFields f, IReadOnlyList<Component> components, bool declared)
    {
        var known = string.Join(", ", components.Select(c => c.Key));
        var key = f.Text("component", declared && components.Count > 0,
            $"the key of one of the operation's components ({known})");
        if (key is null) return null;
        if (!declared)
        {
            f.ErrorAt("component", key,
                "no component: the operation lists no components (add them under 'components')");
            return null;
        }
        var component = components.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
        if (component is null)
            f.ErrorAt("component", key, $"the key of one of the operation's components ({known})");
        return component?.Key;
    }
}
