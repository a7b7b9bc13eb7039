-- binary: a Get parser of a small binary file format read from stdin
-- (magic, version, records of several kinds, a checksum), with label,
-- lookAhead, isEmpty, skip, isolate and bytesRead, then the same parser on
-- damaged copies of the input (decoder errors with their offsets).
import Control.Monad (replicateM, unless, when)
import Data.Binary.Get
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
import Data.Int (Int32)
import Data.Word

data Record
  = Number Int32
  | Name String
  | Blob [Word8]
  | Ratio Float Double
  | Padding Int
  deriving (Show)

header :: Get (Word16, Word32)
header = label "header" $ do
  magic <- getByteString 4
  unless (magic == B.pack [0x42, 0x49, 0x4e, 0x46]) (fail ("bad magic " ++ show magic))
  version <- getWord16be
  count <- getWord32le
  return (version, count)

record :: Get Record
record = do
  pos <- bytesRead
  tag <- lookAhead getWord8
  label ("record at " ++ show pos) $ do
    skip 1
    case tag of
      1 -> Number <$> getInt32be
      2 -> Name . LC.unpack <$> getLazyByteStringNul
      3 -> do
        n <- getWord16be
        Blob . L.unpack <$> getLazyByteString (fromIntegral n)
      4 -> Ratio <$> getFloatle <*> getDoublebe
      5 -> do
        n <- getWord8
        isolate (fromIntegral n) (Padding . length <$> many0 getWord8)
      _ -> fail ("unknown tag " ++ show tag)

-- all the items until the input (here: the isolated part) ends
many0 :: Get a -> Get [a]
many0 g = do
  end <- isEmpty
  if end then return [] else (:) <$> g <*> many0 g

file :: Get ((Word16, Word32), [Record], Word32, L.ByteString)
file = do
  h@(_, count) <- header
  rs <- replicateM (fromIntegral count) record
  sumSoFar <- bytesRead
  check <- getWord32be
  when (fromIntegral check /= sumSoFar) (fail "checksum")
  rest <- getRemainingLazyByteString
  return (h, rs, check, rest)

main :: IO ()
main = do
  input <- L.getContents
  case runGetOrFail file input of
    Left (_, off, msg) -> putStrLn ("error at " ++ show off ++ ": " ++ msg)
    Right (_, off, (h, rs, check, rest)) -> do
      print h
      mapM_ print rs
      print (check, off, rest)
  let damaged =
        [ L.take 30 input,
          L.append (L.pack [0x42, 0x49, 0x4e, 0x47]) (L.drop 4 input),
          L.concat [L.take 10 input, L.pack [9], L.drop 11 input],
          L.take 5 input,
          L.empty
        ]
  mapM_ (\d -> print (either (\(r, o, m) -> Left (L.length r, o, m)) (\(_, o, _) -> Right o) (runGetOrFail file d))) damaged
  -- the same parse, fed in chunks of 3 bytes
  let feed dec bs = case dec of
        Partial k
          | L.null bs -> feed (k Nothing) bs
          | otherwise -> feed (k (Just (L.toStrict (L.take 3 bs)))) (L.drop 3 bs)
        Done _ off (_, rs, _, _) -> "done at " ++ show off ++ " with " ++ show (length rs) ++ " records"
        Fail _ off msg -> "failed at " ++ show off ++ ": " ++ msg
  putStrLn (feed (runGetIncremental file) input)
