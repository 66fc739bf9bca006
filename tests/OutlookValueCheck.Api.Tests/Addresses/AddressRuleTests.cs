using OutlookValueCheck.Api.Addresses;
using OutlookValueCheck.Api.Checks;

namespace OutlookValueCheck.Api.Tests.Addresses;

/// <summary>The address rule is what keeps header injection out of a check: bare addresses only.</summary>
public sealed class AddressRuleTests
{
    [Fact]
    public void Every_control_character_and_any_space_inside_an_address_is_refused()
    {
        var controls = Enumerable.Range(0, 0x10000).Select(code => (char)code).Where(char.IsControl).ToList();

        Assert.True(AddressRules.IsAnAddress("tom@fabrikam.com"));
        Assert.All(controls, control => Assert.False(AddressRules.IsAnAddress($"tom{control}@fabrikam.com"), $"U+{(int)control:X4} accepted"));
        Assert.False(AddressRules.IsAnAddress("tom smith@fabrikam.com"));
        Assert.False(AddressRules.IsAnAddress("Tom <tom@fabrikam.com>"));
        Assert.False(AddressRules.IsAnAddress("tom@localhost"));
    }
}
