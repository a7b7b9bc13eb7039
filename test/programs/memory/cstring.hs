-- withCString/peekCString, newCString, lengths, CAString, CWString, casts
import Foreign.C.String
import Foreign.C.Types
import Foreign.Marshal.Alloc
import Foreign.Marshal.Array
import Foreign.Storable
import Foreign.Ptr
import Data.Word

main :: IO ()
main = do
  s <- withCString "hello, world" peekCString
  putStrLn s
  withCString "abc" $ \p -> do
    bs <- peekArray 4 (castPtr p :: Ptr Word8)
    print bs
  withCStringLen "naïve ☃" $ \(p, n) -> do
    print n
    t <- peekCStringLen (p, n)
    putStrLn t
    t2 <- peekCStringLen (p, 4)
    putStrLn t2
  c <- newCString "Ünïcödé λ 𝄞"
  peekCString c >>= putStrLn
  cs <- peekArray 3 c
  print cs
  free c
  (p, n) <- newCStringLen "len"
  print n
  peekCStringLen (p, n) >>= putStrLn
  a <- newCAString "ascii"
  peekCAString a >>= putStrLn
  withCAStringLen "bytes" $ \(q, m) -> peekCAStringLen (q, m - 1) >>= putStrLn
  w <- newCWString "wide λ"
  peekCWString w >>= putStrLn
  ws <- peekArray 3 (castPtr w :: Ptr Word32)
  print ws
  withCWStringLen "xyz" $ \(q, m) -> peekCWStringLen (q, m) >>= print
  print (castCharToCChar 'A', castCCharToChar 66, castCharToCUChar '\200', castCUCharToChar 201)
  print (castCharToCSChar 'z', castCSCharToChar (-1))
  e <- withCString "" peekCString
  print e
  r <- charIsRepresentable 'λ'
  print r
