using Hl7.Fhir.Model;

namespace Vertebra.Interop.Fhir;

/// <summary>A FHIR request that cannot be answered; becomes an OperationOutcome with HTTP 400 (or <see cref="Status"/>).</summary>
public sealed class FhirInteropException : Exception
{
    public FhirInteropException()
    {
    }

    public FhirInteropException(string message)
        : base(message)
    {
    }

    public FhirInteropException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The OperationOutcome issue type (invalid, structure, not-supported, ...).</summary>
    public OperationOutcome.IssueType IssueType { get; init; } = OperationOutcome.IssueType.Invalid;

    /// <summary>The FHIRPath of the element the problem is about, when known.</summary>
    public string? Expression { get; init; }

    /// <summary>The HTTP status to answer with.</summary>
    public int Status { get; init; } = 400;
}
