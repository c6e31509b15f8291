namespace Vertebra.Storage;

/// <summary>How much the store holds.</summary>
public sealed record StoreCounts(int Articles, int Topics, int Conditions, int Clinics, int QaPairs)
{
    public bool IsEmpty => Articles == 0 && Topics == 0 && Conditions == 0 && Clinics == 0 && QaPairs == 0;
}
