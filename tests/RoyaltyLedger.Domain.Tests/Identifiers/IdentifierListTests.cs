using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class IdentifierListTests
{
    [Fact]
    public void Normalize_ValidWorkIdentifiers_ReturnsNormalizedFormsWithoutRepeats()
    {
        var (ids, violations) = IdentifierList.Normalize(
            [("ISWC", "T-034.524.680-1"), ("isrc", "US-RC1-76-07839"), ("iswc", "T0345246801")], IdentifierList.WorkSchemes, "work W-1");

        Assert.Empty(violations);
        Assert.Equal([new WorkIdentifier(IdentifierScheme.Iswc, "T0345246801"), new WorkIdentifier(IdentifierScheme.Isrc, "USRC17607839")], ids);
    }

    [Fact]
    public void Normalize_PartySchemeOnWork_NamesAllowedSchemes()
    {
        var (_, violations) = IdentifierList.Normalize([("isni", "000000012146438X")], IdentifierList.WorkSchemes, "work W-1");
        var violation = Assert.Single(violations);
        Assert.Equal(("identifiers[0].scheme", "identifiers[0].scheme 'isni' is not one of iswc, isrc, isbn13, doi, iscc for work W-1"),
            (violation.Field, violation.Description));
    }

    [Fact]
    public void Normalize_BadCheckDigit_NamesFieldAndValue()
    {
        var (_, violations) = IdentifierList.Normalize([("iswc", "T-034.524.680-2")], IdentifierList.WorkSchemes, "work W-1");
        Assert.Equal("identifiers[0].value 'T-034.524.680-2' is not a valid ISWC: check digit is 2, expected 1", Assert.Single(violations).Description);
    }

    [Fact]
    public void Normalize_MoreThanLimit_IsRefused()
    {
        var many = Enumerable.Repeat(("iswc", "T0345246801"), IdentifierList.MaxIdentifiers + 1).ToList();
        Assert.Single(IdentifierList.Normalize(many, IdentifierList.WorkSchemes, "work W-1").Violations);
        Assert.Empty(IdentifierList.Normalize(many.Take(IdentifierList.MaxIdentifiers).ToList(), IdentifierList.WorkSchemes, "work W-1").Violations);
    }
}
