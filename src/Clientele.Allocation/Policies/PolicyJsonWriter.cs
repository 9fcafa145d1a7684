using System.Text;
using System.Text.Json;
using Clientele.Domain.Entities;

namespace Clientele.Allocation.Policies;

/// <summary>Writes a policy in the policy-file format that <see cref="PolicyJsonReader"/> reads.</summary>
internal static class PolicyJsonWriter
{
    public static string Write(AllocationPolicy policy)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("periodMonths", policy.PeriodMonths);
            w.WriteString("tierBasis", EnumText.ToText(policy.TierBasis));
            w.WriteNumber("hysteresis", policy.HysteresisMargin);
            w.WriteStartArray("tiers");
            foreach (var t in policy.Tiers) WriteTier(w, t);
            w.WriteEndArray();
            w.WriteStartArray("options");
            foreach (var o in policy.Options) WriteOption(w, o);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteTier(Utf8JsonWriter w, TierPolicy t)
    {
        w.WriteStartObject();
        w.WriteString("name", t.Name);
        if (t.Share is { } share) w.WriteNumber("share", share);
        w.WriteString("serviceLevel", EnumText.ToText(t.ServiceLevel));
        w.WriteString("careProgram", EnumText.ToText(t.CareProgram));
        w.WriteNumber("visitsPerMonth", t.VisitsPerMonth);
        w.WriteNumber("minCost", t.MinCost);
        if (double.IsPositiveInfinity(t.MaxCost)) w.WriteNull("maxCost");
        else w.WriteNumber("maxCost", t.MaxCost);
        w.WriteStartArray("options");
        foreach (var id in t.Options) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOption(Utf8JsonWriter w, PolicyOption o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("kind", EnumText.ToText(o.Kind));
        w.WriteString("category", o.CategoryText);
        w.WriteNumber("unitCost", o.UnitCost);
        w.WriteNumber("staffHours", o.StaffHoursPerUnit);
        w.WriteNumber("units", o.Units);
        if (o.Response is { } r)
        {
            w.WriteStartObject("response");
            w.WriteNumber("maxRetention", r.MaxRetention);
            w.WriteNumber("maxSpend", r.MaxSpend);
            w.WriteNumber("alpha", r.Alpha);
            w.WriteNumber("kappa", r.Kappa);
            w.WriteEndObject();
        }
        else
        {
            w.WriteStartObject("effect");
            w.WriteNumber("retention", o.Effect.Retention);
            w.WriteNumber("spend", o.Effect.Spend);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
