using System.Security.Cryptography;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Development;

/// <summary>
/// Development only: without Privacy:AddressHashKey the key is made on first run and kept in the data folder
/// (address-hash.key, mode 600), so hashes stay comparable across restarts with nothing to configure. Anyone who can
/// read it can test guesses against the stored hashes, hence owner-only; outside Development a missing key stops the
/// start instead.
/// </summary>
internal static class DevelopmentAddressHashKey
{
    public const string FileName = "address-hash.key";

    public static string ReadOrCreate(string dataFolder)
    {
        var path = Path.Combine(dataFolder, FileName);
        PrivateFiles.CreateUnlessExists(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(AddressHashSettings.MinimumKeyBytes)) + "\n");
        var key = File.ReadAllText(path).Trim();
        if (AddressHashSettings.ProblemWith(key) is { } problem)
            throw new Errors.StartupProblem(
                $"The development address-hash key {path} is not base64 of at least {AddressHashSettings.MinimumKeyBytes} bytes ({problem}). " +
                $"Delete it to have a new one made (hashes stored so far will not match new ones), or set {AddressHashSettings.KeySetting}.");
        return key;
    }
}
