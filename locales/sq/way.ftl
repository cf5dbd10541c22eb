# The way there: maps, directions, distance from the kiosk's desk.
map-open = Hape në hartën e telefonit
map-osm = Shiko në OpenStreetMap
slip-directions = Si të shkosh
slip-directions-qr-label = Kod QR: rruga në këmbë deri atje, në OpenStreetMap
distance-metres = { $metres } m larg nga këtu
distance-km = { $km } km larg nga këtu
