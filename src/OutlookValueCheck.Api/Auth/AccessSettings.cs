using System.ComponentModel.DataAnnotations;

namespace OutlookValueCheck.Api.Auth;

/// <summary>Section "Access": which Entra ID tenants may use this service at all.</summary>
internal sealed class AccessSettings
{
    public const string Section = "Access";

    [MinLength(1, ErrorMessage = "Access:AllowedTenants must list at least one Entra ID tenant ID.")]
    [Required(ErrorMessage = "Access:AllowedTenants must list at least one Entra ID tenant ID.")]
    public List<string> AllowedTenants { get; set; } = [];
}
