# The way there: maps, directions, distance from the kiosk's desk.
map-open = افتح في تطبيق الخرائط على الهاتف
map-osm = افتح في موقع OpenStreetMap
slip-directions = طريق الوصول
slip-directions-qr-label = رمز QR: الطريق مشيًا على الأقدام إلى المكان، على OpenStreetMap
distance-metres = على بعد { $metres } م من هنا
distance-km = على بعد { $km } كم من هنا
