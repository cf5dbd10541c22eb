# The way there: maps, directions, distance from the kiosk's desk.
map-open = Deschideți în harta telefonului
map-osm = Vedeți pe OpenStreetMap
slip-directions = Cum ajungeți
slip-directions-qr-label = Cod QR: drumul pe jos până acolo, pe OpenStreetMap
distance-metres = la { $metres } m de aici
distance-km = la { $km } km de aici
