# The way there: maps, directions, distance from the kiosk's desk.
map-open = Apri nella mappa del telefono
map-osm = Vedi su OpenStreetMap
slip-directions = Per arrivarci
slip-directions-qr-label = Codice QR: la strada a piedi per arrivarci, su OpenStreetMap
distance-metres = a { $metres } m da qui
distance-km = a { $km } km da qui
