import qualified Data.ByteString as B
import qualified Data.Text as T
import qualified Data.Text.Encoding as E
import Data.Text.Encoding.Error
import Control.Exception
import Data.Word

cases :: [[Word8]]
cases =
  [ [0x41], [0xff], [0x41,0xff,0x42], [0xe2,0x82,0x41], [0xe2,0x82], [0xc3], [0xc3,0xa9],
    [0xf0,0x9f,0x98,0x80], [0xf0,0x9f,0x98], [0xf0,0x9f,0x41,0x42], [0xed,0xa0,0x80], [0xc0,0x80],
    [0xf4,0x90,0x80,0x80], [0x80,0x80,0x41], [0xe0,0x80,0x80], [0xf8,0x88,0x80,0x80,0x80], [0xc3,0x28,0xa9],
    [0x61,0xf0,0x9f,0x98,0x80,0x62,0xe2]]

main :: IO ()
main = do
  mapM_ (\c -> do
    let bs = B.pack c
    print (c, E.decodeUtf8With lenientDecode bs, E.decodeUtf8With ignore bs, E.decodeUtf8With (replace '?') bs)
    r <- try (evaluate (E.decodeUtf8 bs))
    case r of
      Left e -> putStrLn ("exc: " ++ show (e :: UnicodeException))
      Right t -> print t
    print (E.decodeUtf8' bs)
    print (E.decodeUtf8With (\msg w -> Just (maybe '!' (toEnum . fromIntegral) w)) bs)
    r2 <- try (evaluate (E.decodeUtf8With (\msg w -> error (msg ++ show w)) bs))
    case r2 of
      Left e -> putStrLn ("err: " ++ show (e :: ErrorCall))
      Right t -> print t
    ) cases
  r <- try (evaluate (E.decodeUtf8With (replace '\x1F600') (B.pack [0xff])))
  print (r :: Either ErrorCall T.Text)
  print (DecodeError "x" (Just 3), DecodeError "y" Nothing)
  print (DecodeError "x" (Just 3) == DecodeError "x" (Just 3))
  print (showsPrec 11 (DecodeError "x" (Just 3)) "")
  print [DecodeError "x" (Just 3)]
  let t = T.pack "h\233llo \x1F600 \x10FFFF wor\0ld"
  print (B.unpack (E.encodeUtf8 t))
  print (B.unpack (E.encodeUtf16LE t), B.unpack (E.encodeUtf16BE t))
  print (B.unpack (E.encodeUtf32LE t), B.unpack (E.encodeUtf32BE t))
  print (E.decodeUtf16LE (E.encodeUtf16LE t), E.decodeUtf16BE (E.encodeUtf16BE t))
  print (E.decodeUtf32LE (E.encodeUtf32LE t), E.decodeUtf32BE (E.encodeUtf32BE t))
  print (E.decodeLatin1 (B.pack [0x41, 0xe9, 0xff, 0x80, 0]))
  print (E.decodeUtf16LEWith lenientDecode (B.pack [0x41,0,0x00,0xd8,0x42,0, 0x43]))
  print (E.decodeUtf32LEWith lenientDecode (B.pack [0x41,0,0,0, 0,0,0x11,0, 0,0xd8,0,0, 0x42,0,0,0, 1]))
  r3 <- try (evaluate (E.decodeUtf16LE (B.pack [0x41,0,0x00,0xd8,0x42,0])))
  print (r3 :: Either UnicodeException T.Text)
  r4 <- try (evaluate (E.decodeUtf16BE (B.pack [0,0x41,0])))
  print (r4 :: Either UnicodeException T.Text)
  r5 <- try (evaluate (E.decodeUtf32BE (B.pack [0,0x11,0,0])))
  print (r5 :: Either UnicodeException T.Text)
  r6 <- try (evaluate (E.decodeUtf32LE (B.pack [0x41,0,0])))
  print (r6 :: Either UnicodeException T.Text)
  -- pseudo-random byte strings, biased to bytes that start or continue UTF-8 sequences
  let bytesOf seed = take (seed `mod` 9) (map pick (iterate step seed))
      step x = (x * 1103515245 + 12345) `mod` 2147483648
      pick x = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xc0, 0xff, 0x00] !! ((x `div` 65536) `mod` 18)
  mapM_ (\s -> let bs = B.pack (bytesOf s) in
    print (B.unpack bs, E.decodeUtf8With (\_ w -> fmap (toEnum . (+ 0x100) . fromIntegral) w) bs,
           E.decodeUtf16BEWith lenientDecode bs, E.decodeUtf32LEWith (replace '#') bs)) [1 .. 200]
  print (E.decodeASCII (B.pack [0x41, 0x42]))
  print (E.decodeUtf32BEWith lenientDecode (B.pack [0,0,0xd8,0, 0,0,0xdf,0xff, 0,0,0xe0,0, 0,0x10,0xff,0xff]))
