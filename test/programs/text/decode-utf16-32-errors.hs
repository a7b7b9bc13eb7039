-- The UTF-16 and UTF-32 decoders (strict and lazy) on invalid input: lone
-- and reversed surrogates, code points past 0x10FFFF, truncated units. The
-- handler's arguments (a handler that shows them), lenientDecode, and
-- strictDecode's exception. The lazy decoders give no byte to the handler
-- when the bad bytes are the last 4 or fewer, again and again without end
-- (a text of replacements without end: a prefix is shown).
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
import qualified Data.Text as T
import qualified Data.Text.Encoding as TE
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Lazy.Encoding as TLE
import Data.Text.Encoding.Error
import Control.Exception
import Data.Char (chr, ord)
import Data.Word (Word8)

-- a replacement that shows what the handler got
shown :: OnDecodeError
shown desc mb = Just (case mb of Nothing -> chr (0xF0100 + length desc); Just w -> chr (0xF0000 + fromIntegral w))

events :: String -> String
events = unwords . map ev
  where
    ev c
      | ord c >= 0xF0100 = "N" ++ show (ord c - 0xF0100)
      | ord c >= 0xF0000 = "E" ++ show (ord c - 0xF0000)
      | otherwise = show (ord c)

attempt :: String -> IO ()
attempt s = do
  r <- try (evaluate (length s `seq` s))
  putStrLn ("  " ++ either (\e -> "error: " ++ show (e :: UnicodeException)) id r)

-- strict input, and lazy input in chunks of k bytes
chunked :: Int -> [Word8] -> BL.ByteString
chunked k ws = BL.fromChunks (go ws)
  where
    go [] = []
    go xs = B.pack (take k xs) : go (drop k xs)

-- every kind of bad input
anyBad :: [[Word8]]
anyBad =
  [ [0x41], [0x41, 0, 0x42], [0x41, 0, 0, 0, 0x42], [0, 0, 0x11, 0], [0, 0, 0x11, 0, 0x41, 0, 0, 0]
  , [0, 0xd8, 0, 0], [0, 0xdc, 0, 0, 0x41, 0, 0, 0], [0xff, 0xff, 0xff, 0xff, 0x41, 0, 0, 0, 7]
  , [0x41, 0, 0, 0xd8], [0x41, 0, 0, 0xd8, 0x42, 0], [0, 0xdc, 0x41, 0], [0, 0xd8, 0, 0xd8, 0, 0xdc]
  , [0xd8, 0, 0xdc, 0, 0, 0x41], [0x3d, 0xd8, 0, 0xde, 0x41], [0xd8, 0x3d, 0xde, 0, 0, 0x41, 0]
  , [0, 0, 0xd8, 0, 0x41, 0, 0, 0], [0, 0, 0, 0x41, 0, 0x10, 0xff, 0xff, 0, 0x11, 0, 0]
  ]

-- bad input whose first bad bytes are its last 4 or fewer (lazy, any
-- handler), little-endian; the big-endian cases swap the bytes of each unit
badAtEnd16, badAtEnd32 :: [[Word8]]
badAtEnd16 =
  [ [0x41], [0x41, 0, 0x42], [0, 0xd8, 0, 0], [0x41, 0, 0, 0xd8], [0x41, 0, 0, 0xd8, 0x42, 0]
  , [0, 0xdc, 0x41, 0], [0x41, 0, 0x42, 0, 0, 0xdc], [0x3d, 0xd8, 0, 0xde, 0x41]
  ]
badAtEnd32 =
  [ [0x41], [0x41, 0, 0, 0, 0x42], [0, 0, 0x11, 0], [0x41, 0, 0, 0, 0, 0, 0x11, 0]
  , [0x41, 0, 0, 0, 0, 0xd8, 0, 0], [0x41, 0, 0, 0, 0xff, 0xff], [0, 0, 0, 0, 0x41, 0, 0]
  ]

-- the bytes of each whole unit of w bytes reversed
swapUnits :: Int -> [Word8] -> [Word8]
swapUnits w ws
  | length ws < w = ws
  | otherwise = reverse (take w ws) ++ swapUnits w (drop w ws)

main :: IO ()
main = do
  let strictDs = [("16LE", TE.decodeUtf16LEWith), ("16BE", TE.decodeUtf16BEWith), ("32LE", TE.decodeUtf32LEWith), ("32BE", TE.decodeUtf32BEWith)]
      lazyDs = [("16LE", TLE.decodeUtf16LEWith), ("16BE", TLE.decodeUtf16BEWith), ("32LE", TLE.decodeUtf32LEWith), ("32BE", TLE.decodeUtf32BEWith)]
  mapM_
    ( \ws -> do
        putStrLn (show ws)
        mapM_
          ( \(n, d) -> do
              putStrLn (" strict " ++ n)
              attempt (events (T.unpack (d shown (B.pack ws))))
              attempt (show (d lenientDecode (B.pack ws)))
              attempt (show (d strictDecode (B.pack ws)))
          )
          strictDs
        mapM_ (\(n, d) -> putStrLn (" lazy strictDecode " ++ n) >> mapM_ (\k -> attempt (show (d strictDecode (chunked k ws)))) [1, 3, 100]) lazyDs
    )
    anyBad
  -- the plain decoders are the strictDecode ones
  attempt (show (TLE.decodeUtf32LE (BL.pack [0x41, 0, 0, 0, 0, 0xd8, 0, 0, 0x42])))
  attempt (show (TE.decodeUtf16BE (B.pack [0, 0x41, 0xdc, 0])))
  -- (each endless text costs a whole chunk of replacements: a few cases each)
  let lazyEnd = [("16LE", TLE.decodeUtf16LEWith, id, take 2 (drop 4 badAtEnd16)), ("16BE", TLE.decodeUtf16BEWith, swapUnits 2, take 1 (drop 2 badAtEnd16)), ("32LE", TLE.decodeUtf32LEWith, id, take 2 (drop 3 badAtEnd32)), ("32BE", TLE.decodeUtf32BEWith, swapUnits 4, take 1 (drop 1 badAtEnd32))]
  mapM_
    ( \(n, d, order, inputs) ->
        mapM_
          ( \le -> do
              let ws = order le
              putStrLn (" lazy " ++ n ++ " " ++ show ws)
              attempt (events (TL.unpack (TL.take 12 (d shown (chunked 1 ws)))))
              if n `elem` ["16LE", "32LE"] && ws == order (head inputs) then attempt (show (TL.take 6 (d lenientDecode (chunked 100 ws)))) else return ()
          )
          inputs
    )
    lazyEnd
