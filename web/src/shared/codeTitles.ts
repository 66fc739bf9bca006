// What each finding is called, as a sales manager would say it, in each language the add-in and the console speak:
// the task pane's finding titles and the console's reports use the same names.
import type { Locale } from "./locale";

export const codeTitles: Record<Locale, Record<string, string>> = {
  en: {
    "pitch-to-customer": "Pitch to a customer",
    "former-customer": "Cold pitch to a former customer",
    "no-value-check-in": "Check-in with nothing new",
    "seller-centric": "About us, not about them",
    "unfilled-placeholder": "Template placeholder left in",
    "renewal-without-value": "Renewal push without the value",
    "contact-fatigue": "Mailed again without a reply",
    "at-risk-account": "Selling to an account at risk",
    "do-not-email": "Asked not to be emailed",
    "owned-by-colleague": "A colleague's account",
    "lookup-unavailable": "Some facts could not be checked",
  },
  de: {
    "pitch-to-customer": "Pitch an Bestandskunden",
    "former-customer": "Kaltakquise bei ehemaligem Kunden",
    "no-value-check-in": "Nachfassen ohne Neuigkeiten",
    "seller-centric": "Über uns statt über den Kunden",
    "unfilled-placeholder": "Platzhalter der Vorlage nicht ersetzt",
    "renewal-without-value": "Verlängerung ohne Mehrwert",
    "contact-fatigue": "Erneut angeschrieben, keine Antwort",
    "at-risk-account": "Verkauf an gefährdeten Kunden",
    "do-not-email": "Wünscht keine E-Mails",
    "owned-by-colleague": "Kunde eines Kollegen",
    "lookup-unavailable": "Einige Angaben nicht prüfbar",
  },
  fr: {
    "pitch-to-customer": "Prospection d’un client existant",
    "former-customer": "Prospection à froid d’un ancien client",
    "no-value-check-in": "Relance sans nouveauté",
    "seller-centric": "Centré sur nous, pas sur le client",
    "unfilled-placeholder": "Champ du modèle non rempli",
    "renewal-without-value": "Renouvellement sans valeur ajoutée",
    "contact-fatigue": "Relances restées sans réponse",
    "at-risk-account": "Vente à un compte à risque",
    "do-not-email": "Ne souhaite pas recevoir d’e-mails",
    "owned-by-colleague": "Compte d’un collègue",
    "lookup-unavailable": "Certaines informations non vérifiées",
  },
  es: {
    "pitch-to-customer": "Presentación comercial a un cliente actual",
    "former-customer": "Contacto en frío a un excliente",
    "no-value-check-in": "Seguimiento sin novedades",
    "seller-centric": "Habla de nosotros, no del cliente",
    "unfilled-placeholder": "Marcador de plantilla sin completar",
    "renewal-without-value": "Renovación sin mostrar el valor",
    "contact-fatigue": "Correos repetidos sin respuesta",
    "at-risk-account": "Venta a una cuenta en riesgo",
    "do-not-email": "Pidió no recibir correos",
    "owned-by-colleague": "Cuenta de un colega",
    "lookup-unavailable": "Algunos datos sin verificar",
  },
};

/** The title of a code this version does not know. */
export const unknownCodeTitles: Record<Locale, string> = {
  en: "Worth a look",
  de: "Prüfenswert",
  fr: "À examiner",
  es: "Conviene revisar",
};
