namespace Vertebra.Content.Model;

/// <summary>An open clinic of the department.</summary>
public sealed record Clinic
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Treats { get; init; }
    public required string Appointment { get; init; }

    /// <summary>How to reach the clinic; <see cref="ClinicContact.None"/> when the file gives no details.</summary>
    public ClinicContact Contact { get; init; } = ClinicContact.None;
}

/// <summary>Where a clinic is, how to call it, when it is open, how to be referred and who to call after an operation.</summary>
public sealed record ClinicContact
{
    public static ClinicContact None { get; } = new();

    public string? Address { get; init; }

    /// <summary>The number as people read it ("0114 000 0001").</summary>
    public string? Phone { get; init; }
    public string? Hours { get; init; }
    public string? Referral { get; init; }

    /// <summary>Who to call with a worry after an operation, and when.</summary>
    public string? AfterOperation { get; init; }

    /// <summary>True when the values are the bundled example data that each hospital must replace.</summary>
    public bool IsExample { get; init; }

    /// <summary>The phone number as a <c>tel:</c> address: digits and a leading plus only.</summary>
    public string? TelUri => Phone is null ? null : "tel:" + new string(Phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());

    public bool IsEmpty => Address is null && Phone is null && Hours is null && Referral is null && AfterOperation is null;
}
