import Text.Printf
import Data.Int
import Data.Word

main :: IO ()
main = do
  printf "%d|%i|%5d|%-5d|%05d|%+d|% d|%+5d\n" (42 :: Int) (7 :: Int) (3 :: Int) (4 :: Int) (-12 :: Int) (9 :: Int) (8 :: Int) (-3 :: Int)
  printf "%x|%X|%o|%b|%#x|%#X|%#o|%#b\n" (255 :: Int) (255 :: Int) (8 :: Int) (5 :: Int) (255 :: Int) (255 :: Int) (8 :: Int) (5 :: Int)
  printf "%x|%u|%o\n" (-1 :: Int) (-1 :: Int) (-8 :: Int)
  printf "%.3d|%8.3d|%-8.3d|%08.3d|%.0d|\n" (5 :: Int) (5 :: Int) (5 :: Int) (5 :: Int) (0 :: Int)
  printf "%d %d %d %d\n" (minBound :: Int8) (maxBound :: Int16) (minBound :: Int32) (maxBound :: Int64)
  printf "%x %x %x %x\n" (-1 :: Int8) (-1 :: Int16) (-1 :: Int32) (-1 :: Int64)
  printf "%u %u %u %u %u\n" (255 :: Word8) (65535 :: Word16) (maxBound :: Word32) (maxBound :: Word64) (maxBound :: Word)
  printf "%x %X %o %b\n" (200 :: Word8) (48879 :: Word16) (511 :: Word32) (10 :: Word64)
  printf "%d %x %X %o %b\n" (2 ^ 70 :: Integer) (2 ^ 70 :: Integer) (255 :: Integer) (64 :: Integer) (5 :: Integer)
  printf "%hhd %hd %ld %lld %Ld\n" (300 :: Int) (70000 :: Int) (5 :: Int) (6 :: Int) (7 :: Int)
  printf "%hhx %hx %lx\n" (-1 :: Int) (-1 :: Int) (-1 :: Int)
  printf "%v %v %v\n" (1 :: Int) (2 :: Integer) (3 :: Word)
  printf "%c%c%c\n" 'a' 'b' 'c'
  printf "%5c|%-5c|\n" 'x' 'y'
  printf "%d %x\n" 'A' 'a'
  printf "[%*d] [%-*d] [%*d]\n" (6 :: Int) (42 :: Int) (6 :: Int) (42 :: Int) (-6 :: Int) (1 :: Int)
  printf "[%.*d] [%*.*d]\n" (4 :: Int) (7 :: Int) (8 :: Int) (3 :: Int) (9 :: Int)
  printf "%% %d%%\n" (100 :: Int)
  printf "%+x %+o % u\n" (10 :: Int) (10 :: Int) (10 :: Int)
  printf "%-+6d|%0+6d|%0-6d|% 06d\n" (5 :: Int) (5 :: Int) (5 :: Int) (5 :: Int)
  printf "%#10x|%#-10o|%#010b\n" (255 :: Int) (8 :: Int) (5 :: Int)
  printf "%#x|%#o|%#b|%#X|%#.3o|%#5x|%#-6o|\n" (0 :: Int) (0 :: Int) (0 :: Int) (0 :: Int) (8 :: Int) (0 :: Int) (8 :: Int)
  printf "%5.3d|%-5.3d|%5.3x|%.0x|%.0o|%5.0d|\n" (-7 :: Int) (-7 :: Int) (255 :: Int) (0 :: Int) (0 :: Int) (0 :: Int)
  printf "%lu %hhu %hhx %hd %hhd\n" (-1 :: Integer) (-1 :: Integer) (255 :: Integer) (40000 :: Integer) (-1 :: Int8)
  printf "%c|%5c|%-3c|%05c\n" (65 :: Int) (66 :: Word8) 'z' 'q'
  printf "%x %X\n" (-5 :: Integer) (1 :: Int)
