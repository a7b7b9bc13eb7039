-- Path handling for both platforms (System.FilePath.Windows and .Posix:
-- drives, UNC and device names, validity and makeValid, splitting and
-- joining, extensions, search paths, relative paths) and binary's Get/Put
-- combinators: every fixed-width reader and writer in each byte order,
-- host order, lazy and strict byte strings, tuples up to ten, lookAhead,
-- isolate, label, incremental decoding, errors and encodeFile/decodeFile.
import qualified System.FilePath.Posix as P
import qualified System.FilePath.Windows as W
import Data.Binary
import Data.Binary.Get
import Data.Binary.Put
import qualified Data.Binary.Builder as B
import qualified Data.ByteString as BS
import qualified Data.ByteString.Lazy as BL
import Data.Int
import Data.Monoid (All (..), First (..))
import Data.Fixed (Milli)

winPaths, posixPaths :: [FilePath]
winPaths = ["C:\\foo\\bar.txt", "c:", "\\\\server\\share\\dir\\file.tar.gz", "\\\\?\\UNC\\srv\\x", "\\\\?\\D:\\y", "/a/b/", "a\\b//c", "CON", "aux.txt", "file:name", "foo.", "dir\\", "C:foo", "\\\\", "nul\\x", "a*b?", ""]
posixPaths = ["/usr/local/bin/ghc", "relative/path.hs", "//double//slash/", "./x/../y", "a.tar.gz", ".hidden", "dir/", "/", "", "file\0name", "~/x"]

main :: IO ()
main = do
  mapM_ (\p -> print (p, W.splitDrive p, W.takeDrive p, W.dropDrive p, W.hasDrive p, W.isDrive p, W.isAbsolute p, W.isRelative p, W.isValid p, W.makeValid p)) winPaths
  mapM_ (\p -> print (p, W.splitFileName p, W.splitExtension p, W.splitExtensions p, W.takeBaseName p, W.splitPath p, W.splitDirectories p, W.normalise p, W.hasTrailingPathSeparator p, W.addTrailingPathSeparator p, W.dropTrailingPathSeparator p)) winPaths
  mapM_ (\p -> print (p, P.splitDrive p, P.isAbsolute p, P.isRelative p, P.isValid p, P.makeValid p, P.splitFileName p, P.splitExtensions p, P.normalise p, P.dropFileName p, P.takeDirectory p, P.dropTrailingPathSeparator p, P.hasExtension p)) posixPaths
  print (W.pathSeparators, P.pathSeparators, W.searchPathSeparator, W.extSeparator, map W.isPathSeparator "/\\:", map W.isSearchPathSeparator ";:", W.isExtSeparator '.')
  print (W.splitSearchPath "C:\\bin;;\"D:\\x y\";e", P.splitSearchPath "/bin::/usr/bin:", W.makeRelative "C:\\Home" "c:\\home\\Bob", W.makeRelative "C:\\Home" "D:\\x", W.makeRelative "/a" "/a/b/c", P.makeRelative "/home/" "/home/bob/x", P.makeRelative "/a/b" "/c", P.makeRelative "." "./x")
  print (W.equalFilePath "C:\\A\\b" "c:/a/B", W.equalFilePath "a" "b", P.equalFilePath "a//b/" "a/b", W.joinDrive "C:" "x", W.joinPath ["C:", "a", "b"], W.combine "C:\\a" "D:b", W.combine "a" "\\b", W.combine "C:" "x", P.combine "/a" "/b")
  print (W.replaceExtension "a\\b.txt" "md", W.addExtension "x" ".y", W.dropExtension "a.b.c", W.dropExtensions "a.b.c", W.takeExtensions "a.b.c", W.isExtensionOf "gz" "f.tar.gz", W.stripExtension "gz" "f.tar.gz", W.replaceFileName "d\\f.x" "g", W.replaceBaseName "d\\f.x" "h", W.replaceDirectory "d\\f.x" "e", W.replaceExtensions "f.a.b" "c")
  W.getSearchPath >>= print . (>= 0) . length
  P.getSearchPath >>= print . not . null
  -- binary
  let putAll = do
        putWord8 1 >> putWord16be 0x0203 >> putWord16le 0x0405 >> putWord16host 0x0607
        putWord32be 0x08090a0b >> putWord32le 0x0c0d0e0f >> putWord32host 7 >> putWord64be 1 >> putWord64le 2 >> putWord64host 3
        putInt8 (-1) >> putInt16be (-2) >> putInt16le (-3) >> putInt16host (-4) >> putInt32be (-5) >> putInt32le (-6) >> putInt32host (-7)
        putInt64be (-8) >> putInt64le (-9) >> putInt64host (-10) >> putWordhost 11 >> putInthost (-12)
        putFloatbe 1.5 >> putFloatle 2.5 >> putFloathost 3.5 >> putDoublebe 4.5 >> putDoublele 5.5 >> putDoublehost 6.5
        putByteString (BS.pack [9, 9]) >> putLazyByteString (BL.pack [8, 8]) >> putShortByteString mempty >> putBuilder (B.fromByteString (BS.pack [7])) >> putCharUtf8 'é' >> putStringUtf8 "ok"
      bytes = runPut putAll
      getAll = do
        a <- (,,,) <$> getWord8 <*> getWord16be <*> getWord16le <*> getWord16host
        b <- (,,,,,) <$> getWord32be <*> getWord32le <*> getWord32host <*> getWord64be <*> getWord64le <*> getWord64host
        c <- (,,,,,,) <$> getInt8 <*> getInt16be <*> getInt16le <*> getInt16host <*> getInt32be <*> getInt32le <*> getInt32host
        d <- (,,,,) <$> getInt64be <*> getInt64le <*> getInt64host <*> getWordhost <*> getInthost
        e <- (,,,,,) <$> getFloatbe <*> getFloatle <*> getFloathost <*> getDoublebe <*> getDoublele <*> getDoublehost
        f <- (,,) <$> getByteString 2 <*> getLazyByteString 2 <*> lookAhead getWord8
        g <- skip 1 >> getRemainingLazyByteString
        n <- bytesRead
        empty <- isEmpty
        return (a, b, c, d, e, f, g, n, empty)
  print (BL.length bytes, BL.unpack (BL.take 12 bytes))
  print (runGet getAll bytes)
  print (runGetOrFail (getWord32be >> getWord64le) (BL.pack [1, 2, 3]), runGetOrFail (label "lbl" (isolate 2 getWord8)) (BL.pack [1, 2, 3]))
  print (runGetOrFail (getLazyByteStringNul >>= \s -> remaining >>= \r -> return (s, r)) (BL.pack [65, 66, 0, 67]), runGetOrFail (lookAheadM (return (Nothing :: Maybe Int)) >> lookAheadE (return (Left 'x' :: Either Char Int))) BL.empty)
  print (runGetState (getWord16le) (BL.pack [1, 2, 3]) 0, runGetOrFail (fail "custom" :: Get ()) (BL.pack [1]), runGetOrFail (getWord8 >> getWord8) (BL.pack [5]))
  let dec = runGetIncremental (getWord32be >>= \x -> getWord8 >>= \y -> return (x, y))
      feed (Partial k) c = k (Just c)
      feed d _ = d
      showD (Done r n v) = "Done " ++ show (BS.unpack r) ++ " " ++ show n ++ " " ++ show v
      showD (Fail r n e) = "Fail " ++ show (BS.unpack r) ++ " " ++ show n ++ " " ++ e
      showD (Partial _) = "Partial"
  putStrLn (showD (feed (feed dec (BS.pack [0, 0])) (BS.pack [1, 2, 3, 4])))
  putStrLn (showD (pushEndOfInput (feed dec (BS.pack [0]))))
  putStrLn (showD (pushChunks dec (BL.pack [0, 0, 0, 9, 1])))
  putStrLn (showD (pushChunk (runGetIncremental getWord8) (BS.pack [])))
  -- Binary instances: tuples up to ten, Maybe, Either, Ordering, monoids, Fixed
  let roundtrip :: (Binary a, Eq a, Show a) => a -> String
      roundtrip v = let e = encode v in show (BL.length e, decode e == v, v)
  putStrLn (roundtrip ((), True, 'x', (1 :: Int, 2 :: Word), (3.5 :: Double, 4.5 :: Float), (5 :: Integer)))
  putStrLn (roundtrip ((1 :: Int8, 2 :: Int16, 3 :: Int32, 4 :: Int64, 5 :: Word8, 6 :: Word16), (7 :: Word32, 8 :: Word64, 'a')))
  putStrLn (roundtrip ('a', 'b', 'c', 'd', 'e', 'f', 'g'))
  putStrLn (roundtrip ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'))
  putStrLn (roundtrip ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'))
  putStrLn (roundtrip ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'))
  putStrLn (roundtrip ([Just LT, Nothing, Just GT], [Left 1, Right "r" :: Either Int String], EQ))
  putStrLn (roundtrip (All True, First (Just 'f'), 12.345 :: Milli, -2 ^ 70 :: Integer, [BS.pack [1, 2]], BL.pack [3]))
  print (decodeOrFail (BL.pack [2]) :: Either (BL.ByteString, ByteOffset, String) (BL.ByteString, ByteOffset, Bool), decodeOrFail (BL.pack [0, 0, 0, 0, 0, 0, 0, 1, 65]) :: Either (BL.ByteString, ByteOffset, String) (BL.ByteString, ByteOffset, String))
  print (BL.unpack (B.toLazyByteString (B.empty `B.append` B.singleton 1 <> B.putWord16be 2 <> B.putWord16le 3 <> B.putInt16le (-1) <> B.putInt64le (-2) <> B.putInt64be (-3) <> B.putWord64le 4 <> B.putWord32host 5 <> B.putCharUtf8 'λ' <> B.fromLazyByteString (BL.pack [6]) <> B.flush)))
  encodeFile "vals.bin" (("file", 42 :: Int), [1.5 :: Double])
  v <- decodeFile "vals.bin" :: IO ((String, Int), [Double])
  print v
  r <- decodeFileOrFail "vals.bin" :: IO (Either (ByteOffset, String) (String, Int, Int, Int))
  print r
