using Mandates.Core.Law;

namespace Mandates.Core.Records;

/// <summary>Reads an operation's <c>deployments-without-consent</c>, oldest first.</summary>
internal static class DeploymentWithoutConsentReader
{
    public const string Key = "deployments-without-consent";

    public static ValueList<DeploymentWithoutConsent> Read(YamlFields f)
    {
        var deployments = new List<DeploymentWithoutConsent>();
        foreach (var d in f.Items(Key, expected: "a list of deployments: {from: …, to: …, why: …, source: …}"))
        {
            var from = d.Date("from", true);
            var to = d.Date("to", true);
            var persons = d.Int("persons", false, 1, Ceiling.MaxPersons,
                $"how many soldiers were deployed: a whole number from 1 to {Ceiling.MaxPersons:N0}");
            var why = d.Text("why", true, "what happened: why no consent was sought or given");
            var ruling = d.Text("ruling", false, "the court's finding, e.g. BVerfGE 121, 135 (2 BvE 1/03, 7 May 2008)");
            var provenance = d.Provenance();
            d.Done();
            if (from is not { } first || to is not { } last || why is null) continue;
            if (last < first)
                d.ErrorAt("to", Days.Format(last),
                    $"a day on or after the deployment's first day ({Days.Format(first)})");
            else if (deployments.Count > 0 && first < deployments[^1].From)
                d.ErrorAt("from", Days.Format(first),
                    $"a day on or after the deployment before it began ({Days.Format(deployments[^1].From)}): "
                    + $"{Key} is oldest first");
            else
                deployments.Add(new DeploymentWithoutConsent(first, last, why)
                {
                    Persons = persons, Ruling = ruling, Provenance = provenance,
                });
        }
        return deployments.ToValueList();
    }
}
