-- Data.Text.Lazy.Encoding: chunk boundaries of decoding and encoding, and
-- bytes of a character split across input chunks.
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
import qualified Data.ByteString.Builder as BB
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Encoding as E
import qualified Data.Text.Lazy.Encoding as LE
import Data.Text.Encoding.Error
import Control.Exception
import Data.Word

cases :: [[[Word8]]]
cases =
  [ [[0x41],[0x42]], [[0xe2,0x82],[0xac,0x41]], [[0xe2],[0x82],[0xac]], [[0x41,0xe2,0x82]], [[0x41,0xe2],[0x82]], [[0xf0,0x9f],[0x98],[0x41]],
    [[0xff],[0x80,0x41]], [[0xe2,0x82],[0x41]], [[], [0x41], []], [[0xc3],[],[0xa9]], [[240],[255]], [[226,130],[226]], [[0x41,0xe2,0x82],[0xac]] ]

main :: IO ()
main = do
  mapM_ (\c -> do
    let bs = BL.fromChunks (map B.pack c)
    print (c, map T.unpack (TL.toChunks (LE.decodeUtf8With lenientDecode bs)), TL.toChunks (LE.decodeUtf8With (\d w -> Just (maybe '!' (toEnum . fromIntegral) w)) bs))
    print (TL.toChunks (LE.decodeUtf8With ignore bs))
    r <- try (evaluate (TL.length (LE.decodeUtf8 bs)))
    case r of
      Left e -> putStrLn ("exc: " ++ show (e :: UnicodeException))
      Right t -> print t
    print (LE.decodeUtf8' bs)
    r2 <- try (evaluate (TL.length (LE.decodeUtf8With (\msg w -> error (msg ++ show w)) bs)))
    case r2 of
      Left e -> putStrLn ("err: " ++ takeWhile (/= '\n') (show (e :: ErrorCall)))
      Right t -> print t
    ) cases
  let s = E.streamDecodeUtf8With lenientDecode (B.pack [0x41, 0xe2, 0x82])
  case s of
    E.Some t l f -> do
      print (t, l)
      case f (B.pack [0xac, 0x42, 0xf0]) of
        E.Some t2 l2 f2 -> print (t2, l2) >> case f2 (B.pack [0xff]) of E.Some t3 l3 _ -> print (t3, l3)
  print (E.streamDecodeUtf8 (B.pack [0x41,0xc3]))
  print [E.streamDecodeUtf8 (B.pack [0x41,0xc3])]
  r <- try (evaluate (E.streamDecodeUtf8 (B.pack [0x41,0xff,0x42])))
  case r of
    Left e -> putStrLn ("exc: " ++ show (e :: UnicodeException))
    Right (E.Some t _ _) -> print t
  let t = TL.pack (concat (replicate 700 "h\233llo \x1F600"))
      f = map B.length . BL.toChunks
  print (f (LE.encodeUtf8 t))
  print (f (LE.encodeUtf16LE t))
  print (f (LE.encodeUtf32BE t))
  print (map TL.length [LE.decodeUtf16LE (LE.encodeUtf16LE t)])
  print (map T.length (TL.toChunks (LE.decodeUtf8 (LE.encodeUtf8 t))))
  print (map T.length (TL.toChunks (LE.decodeUtf16LE (LE.encodeUtf16LE t))))
  print (map T.length (TL.toChunks (LE.decodeUtf32BE (LE.encodeUtf32BE t))))
  print (map T.length (TL.toChunks (LE.decodeLatin1 (BL.fromChunks [B.pack [1..200], B.empty, B.pack [0..255]]))))
  print (f (LE.encodeUtf8 (TL.fromChunks [T.pack "abc", T.pack "de"])))
  print (f (LE.encodeUtf16LE (TL.fromChunks [T.pack "abc", T.pack "de"])))
  print (LE.decodeUtf16LEWith lenientDecode (BL.fromChunks [B.pack [0x41], B.pack [0, 0x42], B.pack [0]]))
  print (f (LE.encodeUtf8 (TL.pack (replicate 2500 '\233'))))
  print (f (LE.encodeUtf8 (TL.fromChunks (replicate 1500 (T.pack "abc")))))
  mapM_ (\n -> print (n, f (LE.encodeUtf8 (TL.fromChunks [T.pack (replicate n 'a'), T.pack (replicate 4100 'b')])))) [1, 1018, 1019, 1020]
  mapM_ (\n -> print (n, f (LE.encodeUtf8 (TL.fromChunks [T.pack (replicate n '\x1F600'), T.pack (replicate 5000 'b')])))) [1, 511]
  print (LE.decodeUtf8 (LE.encodeUtf8 (TL.pack "z\x10FFFF\0")), LE.decodeUtf16BE (LE.encodeUtf16BE (TL.pack "z\x10FFFF\0")), LE.decodeUtf32LE (LE.encodeUtf32LE (TL.pack "z\x10FFFF\0")))
  mapM_ (\bs -> try (evaluate (TL.length bs)) >>= \r -> putStrLn (either (\e -> "exc: " ++ show (e :: UnicodeException)) show r))
    [LE.decodeUtf16LE (BL.pack [0,0xdc,0x41,0]), LE.decodeUtf16BE (BL.pack [0xdc,0,0,0x41]),
     LE.decodeUtf32BE (BL.pack [7,0x11,6,5,0,0,0,0x41]), LE.decodeUtf32LE (BL.pack [5,6,0x11,7,0x41,0,0,0]),
     LE.decodeUtf32LE (BL.pack [0,0xd8,0,0,0x41,0,0,0])]
