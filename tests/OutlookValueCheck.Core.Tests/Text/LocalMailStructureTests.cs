using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Tests.Text;

/// <summary>
/// German, French and Spanish mail as Outlook, Gmail, Apple Mail and Thunderbird write it in those languages:
/// quoted history under the localized headers, sign-offs and signatures, and the region's legal notices are not
/// the seller's text; what the seller wrote above them is.
/// </summary>
public sealed class LocalMailStructureTests
{
    private const string Pitch = "Darf ich Ihnen Kessler kurz vorstellen? Je me permets de vous présenter Verrier. Le presento Hortalia.";

    private static string Authored(string body) => MailText.From(body, BodyFormat.Text).Authored;

    [Theory]
    // German: Outlook, Gmail, Apple Mail, Thunderbird (new and old), Outlook's header block.
    [InlineData("Danke, die Teile sind unterwegs.\n\n-----Ursprüngliche Nachricht-----\nVon: Anna\nGesendet: Montag\n\n" + Pitch)]
    [InlineData("Danke, die Teile sind unterwegs.\n\nAm Di., 3. Nov. 2026 um 10:15 Uhr schrieb Anna Berg <anna@kunde.example>:\n> " + Pitch)]
    [InlineData("Danke, die Teile sind unterwegs.\n\nAm 3. November 2026 um 10:15 schrieb Anna Berg:\n\n" + Pitch)]
    [InlineData("Danke, die Teile sind unterwegs.\n\nAm 03.11.26 um 10:15 schrieb Anna Berg\n<anna@kunde.example>:\n" + Pitch)]
    [InlineData("Danke, die Teile sind unterwegs.\n\nAnna Berg schrieb am 03.11.2026 10:15:\n" + Pitch)]
    [InlineData("Danke, die Teile sind unterwegs.\n\nVon: Anna Berg <anna@kunde.example>\nGesendet: Dienstag, 3. November 2026 10:15\nAn: Jens Kessler\nBetreff: Angebot\n\n" + Pitch)]
    [InlineData("Danke, die Teile sind unterwegs.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Anna\n\n" + Pitch)]
    [InlineData("Danke, die Teile sind unterwegs.\n\nAnfang der weitergeleiteten Nachricht:\n\n" + Pitch)]
    // French: Outlook (with the typographic space before the colon), Gmail, Apple Mail.
    [InlineData("Merci, les flacons partent demain.\n\n-----Message d'origine-----\nDe : Anne\nEnvoyé : lundi\n\n" + Pitch)]
    [InlineData("Merci, les flacons partent demain.\n\nLe 3 nov. 2026 à 10:15, Anne Martin <anne@client.example> a écrit :\n> " + Pitch)]
    [InlineData("Merci, les flacons partent demain.\n\nLe mar. 3 nov. 2026 à 10:15, Anne Martin <anne@client.example>\na écrit :\n> " + Pitch)]
    [InlineData("Merci, les flacons partent demain.\n\nDe\u00a0: Anne Martin <anne@client.example>\nEnvoyé\u00a0: mardi 3 novembre 2026 10:15\nÀ\u00a0: Paul Verrier\nObjet\u00a0: Offre\n\n" + Pitch)]
    [InlineData("Merci, les flacons partent demain.\n\n---------- Message transféré ---------\nDe : Anne\n\n" + Pitch)]
    [InlineData("Merci, les flacons partent demain.\n\nDébut du message réexpédié :\n\n" + Pitch)]
    // Spanish: Outlook (both header spellings), Gmail, Apple Mail.
    [InlineData("Gracias, los sensores salen mañana.\n\n-----Mensaje original-----\nDe: Ana\nEnviado el: lunes\n\n" + Pitch)]
    [InlineData("Gracias, los sensores salen mañana.\n\nEl mar, 3 nov 2026 a las 10:15, Ana López (<ana@cliente.example>) escribió:\n> " + Pitch)]
    [InlineData("Gracias, los sensores salen mañana.\n\nEl 3 nov 2026, a las 10:15, Ana López escribió:\n\n" + Pitch)]
    [InlineData("Gracias, los sensores salen mañana.\n\nDe: Ana López <ana@cliente.example>\nEnviado el: martes, 3 de noviembre de 2026 10:15\nPara: Pablo Ruiz\nAsunto: Oferta\n\n" + Pitch)]
    [InlineData("Gracias, los sensores salen mañana.\n\nDe: Ana López\nEnviado: martes\nPara: Pablo\n\n" + Pitch)]
    [InlineData("Gracias, los sensores salen mañana.\n\n---------- Mensaje reenviado ---------\nDe: Ana\n\n" + Pitch)]
    [InlineData("Gracias, los sensores salen mañana.\n\nInicio del mensaje reenviado:\n\n" + Pitch)]
    public void Quoted_history_under_local_headers_is_not_authored_text(string body)
    {
        var authored = Authored(body);

        Assert.Matches("unterwegs|demain|mañana", authored);
        Assert.DoesNotContain("vorstellen", authored, StringComparison.Ordinal);
        Assert.DoesNotContain("présenter", authored, StringComparison.Ordinal);
        Assert.DoesNotContain("presento", authored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mit freundlichen Grüßen\nJens Kessler\nKey Account Manager\nKessler Antriebstechnik GmbH\nBuchen Sie jetzt eine Demo!")]
    [InlineData("Viele Grüße\nJens")]
    [InlineData("Viele Grüsse aus Winterthur\nUrs Meier\nBuchen Sie jetzt eine Demo!")]
    [InlineData("Freundliche Grüsse\nUrs Meier\nBuchen Sie jetzt eine Demo!")]
    [InlineData("LG\nJens\nBuchen Sie jetzt eine Demo!")]
    [InlineData("Cordialement,\nPaul Verrier\nResponsable grands comptes\nRéservez une démo !")]
    [InlineData("Bien à vous,\nLuc Dupont\nRéservez une démo !")]
    [InlineData("Salutations,\nMarie-Ève Tremblay\nRéservez une démo!")]
    [InlineData("Un saludo,\nPablo Ruiz\nGerente de cuentas\n¡Reserve una demo!")]
    [InlineData("Saludos cordiales,\nLucía Hernández\n¡Reserve una demo!")]
    [InlineData("Quedo a sus órdenes.\nLucía Hernández\n¡Reserve una demo!")]
    [InlineData("Atentamente,\nPablo Ruiz\n¡Reserve una demo!")]
    public void Signatures_after_a_local_sign_off_are_not_authored_text(string signature)
    {
        var authored = Authored("Die Lieferung kommt am Freitag. La livraison arrive vendredi. La entrega llega el viernes.\n\n" + signature + "\n");

        Assert.Contains("La entrega llega el viernes.", authored, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo", authored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("démo", authored, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.")]
    [InlineData("Kessler Antriebstechnik GmbH · Sitz der Gesellschaft: Stuttgart · Registergericht: Amtsgericht Stuttgart, HRB 123456\nGeschäftsführer: Jens Kessler, Petra Vogel · USt-IdNr.: DE123456789")]
    [InlineData("Kessler Austria GmbH, Linz, Firmenbuchnummer FN 123456a, Firmenbuchgericht Linz, Geschäftsführung: Petra Vogel")]
    [InlineData("Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute diffusion non autorisée est strictement interdite.")]
    [InlineData("Verrier & Fils Emballages SAS au capital de 2 000 000 € · RCS Reims 123 456 789 · SIRET 123 456 789 00012")]
    [InlineData("Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Queda prohibida su divulgación, copia o distribución.")]
    [InlineData("En cumplimiento del Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos personales serán tratados por Hortalia Soluciones Agrícolas S.L. Puede ejercer sus derechos en la dirección de protección de datos.")]
    public void Local_legal_notices_are_not_authored_text(string notice)
    {
        var authored = Authored("Anbei das Angebot. Ci-joint l'offre. Adjunto la oferta.\n\n" + notice + "\n");

        Assert.Contains("Adjunto la oferta.", authored, StringComparison.Ordinal);
        Assert.DoesNotContain(notice[..20], authored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Die Geschäftsführung hat das Budget freigegeben; wir liefern im März.")]
    [InlineData("Je vous ai envoyé par erreur l'ancienne grille ; voici la bonne.")]
    [InlineData("Le envié por error la factura equivocada; la correcta va adjunta.")]
    public void One_local_marker_alone_is_the_sellers_own_words(string sentence)
    {
        Assert.Contains(sentence, Authored(sentence + "\n\nBis bald\n"), StringComparison.Ordinal);
    }
}
