# Translators' files (XLIFF 2.0) in the admin area.
xliff-title = Fișiere pentru traducători (XLIFF)
xliff-intro = Descărcați textele unei limbi într-un fișier XLIFF 2.0: un traducător sau un mediator poate lucra pe el și fără internet, cu orice program de traducere. Apoi încărcați aici fișierul tradus: traducerile intră în ciornă, unde trebuie verificate și publicate.
xliff-filter-missing = de tradus
xliff-filter-machine = traduceri automate
xliff-filter-outdated = de actualizat
xliff-filter-all = toate textele
xliff-import-file = Fișier XLIFF tradus (.xlf)
xliff-import-hint = Un fișier descărcat de pe această pagină, pentru această organizație. Dacă textul în italiană s-a schimbat după descărcare, traducerile lui rămân „de actualizat”.
xliff-import-button = Încărcați în ciornă
xliff-imported-title = Fișier încărcat în ciornă
xliff-imported = { $lang }: { $confirmed ->
        [one] 1 traducere scrisă sau confirmată
        [few] { $confirmed } traduceri scrise sau confirmate
       *[other] { $confirmed } de traduceri scrise sau confirmate
    }, { $outdated } de actualizat (făcute după un text în italiană mai vechi), { $unchanged } fără modificări.
xliff-imported-confirmed = Scrise sau confirmate
xliff-imported-outdated = De actualizat: textul în italiană s-a schimbat după descărcare
xliff-see-draft = Vedeți modificările din ciornă
xliff-refused-title = Fișierul nu a fost încărcat
xliff-refused = Fișierul nu a fost încărcat: în ciornă nu s-a schimbat nimic. Iată ce nu este în regulă:
xliff-error-no-file = Alegeți un fișier de încărcat.
xliff-error-filter = Acest filtru nu există: alegeți „de tradus”, „traduceri automate”, „de actualizat” sau „toate textele”.
xliff-error-too-large = Fișierul este prea mare: cel mult 2 MB.
xliff-error-too-many = Fișierul are prea multe unități.
xliff-error-malformed = Fișierul este deteriorat: nu este XML valid.
xliff-error-not-xliff = Nu este un fișier XLIFF 2.0.
xliff-error-entities = Fișierul conține entități sau o declarație DOCTYPE: din motive de securitate, acestea nu sunt acceptate.
xliff-error-language = Limba fișierului nu este potrivită: trebuie să fie tradus din italiană (it) în română, arabă, albaneză sau chineză.
xliff-error-organization = Fișierul este al altei organizații ({ $detail }).
xliff-error-unknown-unit = { $unit }: acest text nu există la această organizație.
xliff-error-duplicate = { $unit }: apare de două ori.
xliff-error-segments = { $unit }: are mai mult de un segment; uniți segmentele și încercați din nou.
xliff-error-markup = { $unit }: textul conține coduri ({ $detail }); textele trebuie să fie doar cuvinte.
xliff-error-too-long = { $unit }: textul este prea lung.
xliff-error-placeholder = { $unit }: în traducere lipsește { $detail }. Numerele de telefon, adresele de e-mail și adresele web trebuie copiate exact la fel.
