-- GHC.Fingerprint: fingerprintData (MD5 of memory), fingerprintString,
-- fingerprint0, getFileHash (on a file the program writes), and the
-- fingerprints Typeable combines (fingerprintFingerprints).
import Data.Typeable (typeRep, typeRepFingerprint)
import Data.Proxy (Proxy (..))
import Foreign
import GHC.Fingerprint
import System.Directory (removeFile)

main :: IO ()
main = do
  print fingerprint0
  mapM_ (print . fingerprintString) ["", "abc", "\955x", "The quick brown fox jumps over the lazy dog", replicate 55 'a', replicate 56 'b', replicate 64 'c', ['\0' .. '\300']]
  fps <- mapM (\n -> withArrayLen (map fromIntegral [1 .. n :: Int]) (\len p -> fingerprintData (p :: Ptr Word8) len)) [0, 1, 55, 56, 57, 63, 64, 65, 127, 128, 1000]
  mapM_ print fps
  fp <- allocaBytes 8 (\p -> poke (castPtr p) (0x0102030405060708 :: Word64) >> fingerprintData (plusPtr p 2) 5)
  print fp
  print (fingerprintFingerprints fps, fingerprintFingerprints [])
  print (typeRepFingerprint (typeRep (Proxy :: Proxy (Maybe [Int]))))
  writeFile "fingerprint-test.txt" (unlines (map show [1 .. 500 :: Int]))
  getFileHash "fingerprint-test.txt" >>= print
  writeFile "fingerprint-test.txt" ""
  getFileHash "fingerprint-test.txt" >>= print
  removeFile "fingerprint-test.txt"
  print (fingerprintString "abc" == fingerprintString "abc", compare (fingerprintString "a") (fingerprintString "b"))
  -- Storable Fingerprint
  let f1 = Fingerprint 0x0102030405060708 0x1112131415161718
  bs <- alloca (\p -> poke p f1 >> peekArray 16 (castPtr p :: Ptr Word8))
  print (bs, sizeOf f1, alignment f1)
  q <- alloca (\p -> pokeArray (castPtr p) [1 .. 16 :: Word8] >> peek p) :: IO Fingerprint
  r <- allocaBytes 48 (\p -> pokeElemOff (castPtr p) 1 f1 >> pokeByteOff p 32 q >> (,) <$> peekByteOff p 16 <*> peekElemOff (castPtr p) 2) :: IO (Fingerprint, Fingerprint)
  print (q, r)
